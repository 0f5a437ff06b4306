import type { TicketInput } from '../../tickets/ticket-schema.js';
import { clip, finishTicket, ref, statusFromName, toIso } from '../mapping.js';
import { at, isRecord, num, str, type Json } from '../payload.js';

/**
 * ConnectWise REST ticket (GET /service/tickets/{id}, also the callback Entity) to the normalised
 * Ticket. initialDescription is never returned by CW, so text comes from the notes: the
 * detailDescriptionFlag note is the description, resolutionFlag notes the resolution.
 */
export function mapConnectWiseTicket(t: Json, notes: Json[] = [], configurations: Json[] = []): { ok: true; ticket: TicketInput } | { ok: false; reason: string } {
  const statusName = str(at(t, 'status', 'name'));
  const closed = t.closedFlag === true;
  const sorted = [...notes].sort((a, b) => String(a.dateCreated ?? '').localeCompare(String(b.dateCreated ?? '')));
  const descriptionNote = sorted.find((n) => n.detailDescriptionFlag === true);
  const resolution = sorted.filter((n) => n.resolutionFlag === true).map((n) => str(n.text)).filter(Boolean).join('\n\n');
  const device = configurations.find(isRecord);
  const lastUpdated = toIso(at(t, '_info', 'lastUpdated'));
  return finishTicket({
    externalId: str(t.id),
    source: 'connectwise',
    revision: clip(str(at(t, '_info', 'lastUpdated')), 100),
    title: str(t.summary),
    description: descriptionNote ? str(descriptionNote.text) : undefined,
    notes: sorted
      .filter((n) => n !== descriptionNote && str(n.text))
      .slice(0, 500)
      .map((n) => ({
        text: str(n.text),
        kind: n.resolutionFlag === true ? 'resolution' : n.detailDescriptionFlag === true ? 'description' : 'internal',
        createdAt: toIso(n.dateCreated),
      })),
    resolution: resolution || undefined,
    status: statusFromName(statusName, closed),
    statusName,
    priority: str(at(t, 'priority', 'name')),
    client: ref(at(t, 'company', 'identifier') ?? at(t, 'company', 'id'), at(t, 'company', 'name')),
    contact: str(at(t, 'contact', 'id'))
      ? { id: str(at(t, 'contact', 'id')), name: str(at(t, 'contact', 'name')), email: str(t.contactEmailAddress) }
      : undefined,
    device: device ? ref(device.id, device.deviceIdentifier ?? device.name) : undefined,
    category: {
      board: str(at(t, 'board', 'name')),
      type: str(at(t, 'type', 'name')),
      subtype: str(at(t, 'subType', 'name')),
      item: str(at(t, 'item', 'name')),
    },
    createdAt: toIso(at(t, '_info', 'dateEntered') ?? t.dateEntered),
    updatedAt: lastUpdated,
    closedAt: closed ? toIso(t.closedDate) : undefined,
    hoursSpent: num(t.actualHours),
  });
}
