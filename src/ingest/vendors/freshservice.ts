import { WebhookPayloadError } from '../errors.js';
import { finishTicket, statusFromName, stripHtml, toIso } from '../mapping.js';
import { isRecord, obj, parseJsonBody } from '../payload.js';
import type { WebhookReceiver } from '../types.js';
import { filled, verifySecretHeader } from './shared-secret.js';

/**
 * Freshservice (and Freshdesk) "Trigger Webhook" action: the admin pastes this body, with Freshworks
 * {{ticket.*}} placeholders, and a custom header x-recurrence-secret. Keys are ours, so parsing
 * is exact. Placeholders beyond id/subject/status/priority/description_text are assumptions.
 */
export const FRESHSERVICE_BODY_TEMPLATE = `{
  "ticket": {
    "id": "{{ticket.id}}",
    "subject": "{{ticket.subject}}",
    "description": "{{ticket.description_text}}",
    "status": "{{ticket.status}}",
    "priority": "{{ticket.priority}}",
    "category": "{{ticket.category}}",
    "sub_category": "{{ticket.sub_category}}",
    "item_category": "{{ticket.item_category}}",
    "group": "{{ticket.group_name}}",
    "department": "{{ticket.department_name}}",
    "requester_name": "{{ticket.requester.name}}",
    "requester_email": "{{ticket.requester.email}}",
    "latest_note": "{{ticket.latest_public_note}}",
    "created_at": "{{ticket.created_on}}",
    "updated_at": "{{ticket.modified_on}}"
  }
}`;

export const freshserviceReceiver: WebhookReceiver = {
  kind: 'freshservice',
  verify: verifySecretHeader,
  parse(req) {
    const body = parseJsonBody(req.rawBody);
    const t = obj(isRecord(body) ? body.ticket : undefined);
    if (!t) throw new WebhookPayloadError('body has no ticket object; use FRESHSERVICE_BODY_TEMPLATE');
    const statusName = filled(t.status);
    const email = filled(t.requester_email);
    const note = filled(t.latest_note);
    const description = filled(t.description);
    const mapped = finishTicket({
      externalId: filled(t.id),
      source: 'freshservice',
      title: filled(t.subject),
      description: description ? stripHtml(description) : undefined,
      notes: note ? [{ text: stripHtml(note), kind: 'internal' }] : undefined,
      status: statusFromName(statusName),
      statusName,
      priority: filled(t.priority),
      client: filled(t.department) ? { id: filled(t.department), name: filled(t.department) } : undefined,
      contact: email ? { id: email, name: filled(t.requester_name), email } : undefined,
      category: { board: filled(t.group), type: filled(t.category), subtype: filled(t.sub_category), item: filled(t.item_category) },
      createdAt: toIso(filled(t.created_at)),
      updatedAt: toIso(filled(t.updated_at)),
    });
    if (!mapped.ok) throw new WebhookPayloadError(mapped.reason);
    return { deliveryId: null, tickets: [mapped.ticket], fetchBack: [], deleted: [] };
  },
};
