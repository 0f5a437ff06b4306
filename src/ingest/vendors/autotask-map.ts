import type { TicketInput } from '../../tickets/ticket-schema.js';
import { finishTicket, ref, statusFromName, toIso } from '../mapping.js';
import { str, type Json } from '../payload.js';

/**
 * Autotask REST ticket (GET /Tickets/{id}) to the normalised Ticket. Status, priority, queue and
 * issue types are picklist integers; `labels` (from /Tickets/entityInformation/fields) turns them
 * into words. Status 5 is Autotask's built-in, non-deletable "Complete".
 */
export type Picklists = Record<string, Record<string, string>>;
const AUTOTASK_COMPLETE_STATUS = '5';

export function mapAutotaskTicket(t: Json, notes: Json[] = [], labels: Picklists = {}): { ok: true; ticket: TicketInput } | { ok: false; reason: string } {
  const label = (field: string) => {
    const v = str(t[field]);
    return v === undefined ? undefined : (labels[field]?.[v] ?? v);
  };
  const statusName = label('status');
  const completed = toIso(t.completedDate);
  const closed = str(t.status) === AUTOTASK_COMPLETE_STATUS || completed !== undefined;
  return finishTicket({
    externalId: str(t.id),
    source: 'autotask',
    revision: str(t.lastActivityDate),
    title: str(t.title),
    description: str(t.description),
    notes: notes
      .filter((n) => str(n.description))
      .slice(0, 500)
      .map((n) => ({ text: [str(n.title), str(n.description)].filter(Boolean).join('\n'), kind: 'internal', createdAt: toIso(n.createDateTime) })),
    resolution: str(t.resolution),
    status: statusFromName(statusName, closed),
    statusName,
    priority: label('priority'),
    client: ref(t.companyID),
    contact: ref(t.contactID),
    device: ref(t.configurationItemID),
    category: { board: label('queueID'), type: label('issueType'), subtype: label('subIssueType') },
    createdAt: toIso(t.createDate),
    updatedAt: toIso(t.lastActivityDate),
    closedAt: closed ? completed : undefined,
  });
}
