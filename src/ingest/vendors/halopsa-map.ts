import type { TicketInput } from '../../tickets/ticket-schema.js';
import { finishTicket, ref, statusFromName, stripHtml, toIso } from '../mapping.js';
import { isRecord, num, str, type Json } from '../payload.js';

/**
 * HaloPSA ticket object (webhook "full object" payload and GET /api/tickets/{id}). Key names follow
 * the Halo API as used by public integrations; GET and webhook keys differ in places
 * (category_1 vs category1, lastupdate vs last_update), so both spellings are read.
 * Halo writes "no date" as 1900-01-01, which toIso drops.
 */
const HALO_CLOSED_STATUS_ID = 9; // Halo's built-in "Closed" status (assumed default; names win when present)

export function mapHaloTicket(t: Json, actions: Json[] = []): { ok: true; ticket: TicketInput } | { ok: false; reason: string } {
  const closedAt = toIso(t.dateclosed);
  const statusId = num(t.status_id);
  const statusName = str(t.status_name) ?? str(t.statusname) ?? (statusId !== undefined ? `status ${statusId}` : undefined);
  const closed = (closedAt !== undefined && t.hasbeenclosed !== false) || statusId === HALO_CLOSED_STATUS_ID;
  const details = str(t.details_html) ?? str(t.details);
  const asset = Array.isArray(t.assets) ? t.assets.find(isRecord) : undefined;
  const updated = str(t.lastupdate) ?? str(t.last_update);
  return finishTicket({
    externalId: str(t.id),
    source: 'halopsa',
    revision: updated,
    title: str(t.summary),
    description: details ? stripHtml(details) : undefined,
    notes: actions
      .filter((a) => str(a.note))
      .slice(0, 500)
      .map((a) => ({ text: stripHtml(str(a.note)!), kind: 'internal', createdAt: toIso(a.datetime) })),
    resolution: str(t.clearance_note) ?? str(t.resolution),
    status: statusFromName(statusName, closed),
    statusName,
    priority: str(t.priority_name) ?? str(t.priority_id),
    client: ref(t.client_id, t.client_name),
    contact: str(t.user_id) ? { id: str(t.user_id), name: str(t.user_name) ?? str(t.reportedby), email: str(t.useremail) ?? str(t.emailaddress) } : undefined,
    device: asset ? ref(asset.id, asset.inventory_number ?? asset.key_field) : undefined,
    category: {
      board: str(t.team),
      type: str(t.tickettype_name) ?? str(t.tickettype_id),
      subtype: str(t.category_1) ?? str(t.category1),
      item: str(t.category_2) ?? str(t.category2),
    },
    createdAt: toIso(t.dateoccurred),
    updatedAt: toIso(updated),
    closedAt: closed ? closedAt : undefined,
    hoursSpent: num(t.timetaken) ?? num(t.projecttimeactual),
  });
}
