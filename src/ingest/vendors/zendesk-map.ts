import type { TicketInput } from '../../tickets/ticket-schema.js';
import { finishTicket, ref, statusFromName, toIso } from '../mapping.js';
import { at, str, type Json } from '../payload.js';

/**
 * Zendesk ticket: the event-subscription `detail` object and the REST ticket share these keys.
 * Organisation, requester and group are ids only (names need extra API calls; ids cluster as well).
 * Zendesk "solved" is our resolved, "closed" is closed; the word is kept in statusName.
 */
export function mapZendeskTicket(t: Json, comments: Json[] = []): { ok: true; ticket: TicketInput } | { ok: false; reason: string } {
  const statusName = str(t.status) ?? str(at(t, 'custom_status', 'name'));
  const updatedAt = toIso(t.updated_at);
  const closed = statusName?.toLowerCase() === 'closed';
  // The first comment is the description; skip it when the ticket already carries the description.
  const rest = str(t.description) ? comments.slice(1) : comments;
  return finishTicket({
    externalId: str(t.id),
    source: 'zendesk',
    revision: str(t.updated_at),
    title: str(t.subject) ?? str(t.raw_subject),
    description: str(t.description) ?? str(comments[0]?.plain_body) ?? str(comments[0]?.body),
    notes: rest
      .filter((c) => str(c.plain_body) ?? str(c.body))
      .slice(0, 500)
      .map((c) => ({ text: str(c.plain_body) ?? str(c.body), kind: 'internal', createdAt: toIso(c.created_at) })),
    status: statusFromName(statusName),
    statusName,
    priority: str(t.priority),
    client: ref(t.organization_id),
    contact: ref(t.requester_id),
    category: { board: str(t.group_id), type: str(t.type), subtype: str(t.form_id) },
    createdAt: toIso(t.created_at),
    updatedAt,
    closedAt: closed ? updatedAt : undefined,
  });
}
