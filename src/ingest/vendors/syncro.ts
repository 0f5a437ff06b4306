import { WebhookPayloadError } from '../errors.js';
import { finishTicket, ref, statusFromName, toIso } from '../mapping.js';
import { isRecord, obj, parseJsonBody, str } from '../payload.js';
import type { WebhookReceiver } from '../types.js';
import { verifySecretHeader } from './shared-secret.js';

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

const value = (v: unknown) => {
  const s = str(v);
  return s && !/^\{\{.*\}\}$/.test(s) ? s : undefined;
};

export const syncroReceiver: WebhookReceiver = {
  kind: 'syncro',
  verify: verifySecretHeader,
  parse(req) {
    const body = parseJsonBody(req.rawBody);
    const t = obj(isRecord(body) ? body.attributes : undefined);
    if (!t) throw new WebhookPayloadError('body has no attributes object');
    // RMM-alert notifications share the channel; only ticket payloads have a subject.
    if (!value(t.subject)) return { deliveryId: null, tickets: [], fetchBack: [], deleted: [] };
    const statusName = value(t.status);
    const comments = Array.isArray(t.comments) ? t.comments.filter(isRecord) : [];
    const contact = obj(t.contact);
    const mapped = finishTicket({
      externalId: value(t.id) ?? value(t.number),
      source: 'syncro',
      title: value(t.subject),
      description: value(comments[0]?.body),
      notes: comments.slice(1, 501).map((c) => ({ text: value(c.body), kind: 'internal', createdAt: toIso(c.created_at) })).filter((n) => n.text),
      status: statusFromName(statusName),
      statusName,
      priority: value(t.priority),
      client: ref(value(t.customer_id), value(t.customer_business_then_name)),
      contact: contact ? ref(contact.id, contact.name) : undefined,
      category: { type: value(t.problem_type) },
      createdAt: toIso(value(t.created_at)),
      updatedAt: toIso(value(t.updated_at)),
      closedAt: statusFromName(statusName) === 'closed' || statusFromName(statusName) === 'resolved' ? toIso(value(t.resolved_at)) : undefined,
    });
    if (!mapped.ok) throw new WebhookPayloadError(mapped.reason);
    return { deliveryId: null, tickets: [mapped.ticket], fetchBack: [], deleted: [] };
  },
};
