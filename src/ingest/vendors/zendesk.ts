import { WebhookAuthError, WebhookPayloadError } from '../errors.js';
import { isRecord, obj, parseJsonBody, str } from '../payload.js';
import { hmac, matchesAnySecret, requireHeader } from '../secrets.js';
import type { ReceivedDelivery, WebhookReceiver } from '../types.js';
import { mapZendeskTicket } from './zendesk-map.js';

/**
 * Zendesk webhooks (event subscriptions): X-Zendesk-Webhook-Signature = base64 HMAC-SHA256(secret,
 * timestamp + body), no separator. The timestamp is signed, so a 5-minute window both ways stops
 * replays of captured deliveries. Ticket events carry the ticket in `detail`.
 */
export const ZENDESK_TOLERANCE_MS = 5 * 60_000;

export const zendeskReceiver: WebhookReceiver = {
  kind: 'zendesk',
  async verify(req, secrets) {
    const signature = requireHeader(req, 'x-zendesk-webhook-signature');
    const timestamp = requireHeader(req, 'x-zendesk-webhook-signature-timestamp');
    const at = Date.parse(timestamp);
    if (Number.isNaN(at)) throw new WebhookAuthError('signature timestamp is not a date');
    if (Math.abs(req.now.getTime() - at) > ZENDESK_TOLERANCE_MS) throw new WebhookAuthError('signature timestamp outside the 5-minute window');
    const ok = matchesAnySecret(secrets, req.now, (s) => hmac('sha256', s, timestamp, req.rawBody).toString('base64'), signature);
    if (!ok) throw new WebhookAuthError('signature mismatch');
  },
  parse(req) {
    const body = parseJsonBody(req.rawBody);
    if (!isRecord(body)) throw new WebhookPayloadError('body is not a Zendesk event');
    const type = str(body.type) ?? '';
    // The event id is the same on every retry; the invocation id header is per attempt.
    const delivery: ReceivedDelivery = { deliveryId: str(body.id) ?? null, tickets: [], fetchBack: [], deleted: [] };
    if (!type.startsWith('zen:event-type:ticket.')) return delivery;
    const detail = obj(body.detail);
    const id = str(detail?.id) ?? str(body.subject)?.replace(/^zen:ticket:/, '');
    if (!detail || !id) throw new WebhookPayloadError('ticket event without detail.id');
    if (/\.(soft_|permanently_)?deleted$/.test(type)) {
      delivery.deleted.push(id);
      return delivery;
    }
    if (!str(detail.subject)) {
      delivery.fetchBack.push({ entity: 'ticket', externalId: id }); // an event type with a trimmed detail
      return delivery;
    }
    const mapped = mapZendeskTicket(detail);
    if (!mapped.ok) throw new WebhookPayloadError(mapped.reason);
    delivery.tickets.push(mapped.ticket);
    return delivery;
  },
};
