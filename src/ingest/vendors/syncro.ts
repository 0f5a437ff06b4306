import { WebhookPayloadError } from '../errors.js';
import { finishTicket, ref, statusFromName, toIso } from '../mapping.js';
import { isRecord, obj, parseJsonBody } from '../payload.js';
import type { WebhookReceiver } from '../types.js';
import { filled, verifySecretHeader } from './shared-secret.js';

/**
 * Syncro notification webhooks. Public samples show the ticket under `attributes` (REST ticket
 * keys), so the template mirrors that shape and the native payload parses too. Syncro documents no
 * signature, so the request must carry x-recurrence-secret. Placeholder names are assumptions.
 */
export const SYNCRO_BODY_TEMPLATE = `{
  "attributes": {
    "id": "{{ticket.id}}",
    "number": "{{ticket.number}}",
    "subject": "{{ticket.subject}}",
    "problem_type": "{{ticket.problem_type}}",
    "status": "{{ticket.status}}",
    "priority": "{{ticket.priority}}",
    "customer_id": "{{customer.id}}",
    "customer_business_then_name": "{{customer.business_then_name}}",
    "created_at": "{{ticket.created_at}}",
    "updated_at": "{{ticket.updated_at}}"
  }
}`;

export const syncroReceiver: WebhookReceiver = {
  kind: 'syncro',
  verify: verifySecretHeader,
  parse(req) {
    const body = parseJsonBody(req.rawBody);
    const t = obj(isRecord(body) ? body.attributes : undefined);
    if (!t) throw new WebhookPayloadError('body has no attributes object');
    // RMM-alert notifications share the channel; only ticket payloads have a subject.
    if (!filled(t.subject)) return { deliveryId: null, tickets: [], fetchBack: [], deleted: [] };
    const statusName = filled(t.status);
    const comments = Array.isArray(t.comments) ? t.comments.filter(isRecord) : [];
    const contact = obj(t.contact);
    const mapped = finishTicket({
      externalId: filled(t.id) ?? filled(t.number),
      source: 'syncro',
      title: filled(t.subject),
      description: filled(comments[0]?.body),
      notes: comments.slice(1, 501).map((c) => ({ text: filled(c.body), kind: 'internal', createdAt: toIso(c.created_at) })).filter((n) => n.text),
      status: statusFromName(statusName),
      statusName,
      priority: filled(t.priority),
      client: ref(filled(t.customer_id), filled(t.customer_business_then_name)),
      contact: contact ? ref(contact.id, contact.name) : undefined,
      category: { type: filled(t.problem_type) },
      createdAt: toIso(filled(t.created_at)),
      updatedAt: toIso(filled(t.updated_at)),
      closedAt: statusFromName(statusName) === 'closed' || statusFromName(statusName) === 'resolved' ? toIso(filled(t.resolved_at)) : undefined,
    });
    if (!mapped.ok) throw new WebhookPayloadError(mapped.reason);
    return { deliveryId: null, tickets: [mapped.ticket], fetchBack: [], deleted: [] };
  },
};
