import { WebhookAuthError, WebhookPayloadError } from '../errors.js';
import { isRecord, obj, parseJsonBody, str } from '../payload.js';
import { matchesAnySecret, requireHeader } from '../secrets.js';
import type { ReceivedDelivery, WebhookReceiver } from '../types.js';
import { mapHaloTicket } from './halopsa-map.js';

/**
 * HaloPSA webhooks carry no signature; Halo offers Basic auth on the webhook (vendor guide), and
 * API-created webhooks also offer Bearer. The generated secret is the password (any user name) or
 * the bearer token. Payloads are one event object or, with batching, an array of them; with
 * "full object" they hold `ticket`, with "event information only" just ids (fetch-back).
 */
function presentedToken(authorization: string): string {
  const [scheme, value = ''] = authorization.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') return value;
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon >= 0) return decoded.slice(colon + 1);
  }
  throw new WebhookAuthError('authorization is not Basic or Bearer');
}

export const halopsaReceiver: WebhookReceiver = {
  kind: 'halopsa',
  async verify(req, secrets) {
    const token = presentedToken(requireHeader(req, 'authorization'));
    if (!matchesAnySecret(secrets, req.now, (s) => s, token)) throw new WebhookAuthError('credentials do not match');
  },
  parse(req) {
    const body = parseJsonBody(req.rawBody);
    const events = Array.isArray(body) ? body : [body];
    const delivery: ReceivedDelivery = { deliveryId: null, tickets: [], fetchBack: [], deleted: [] };
    for (const [i, event] of events.entries()) {
      if (!isRecord(event)) throw new WebhookPayloadError(`event ${i} is not an object`);
      const ticket = obj(event.ticket);
      const id = str(ticket?.id) ?? str(event.ticket_id) ?? str(event.object_id);
      if (!id) throw new WebhookPayloadError(`event ${i} names no ticket`);
      if (/delet/i.test(str(event.event) ?? '')) {
        delivery.deleted.push(id);
      } else if (ticket && str(ticket.summary)) {
        const mapped = mapHaloTicket(ticket);
        if (!mapped.ok) throw new WebhookPayloadError(`event ${i}: ${mapped.reason}`);
        delivery.tickets.push(mapped.ticket);
      } else {
        delivery.fetchBack.push({ entity: 'ticket', externalId: id });
      }
    }
    // The envelope's "ID" is not documented as unique per delivery (it may be the object id), so no dedup key.
    return delivery;
  },
};
