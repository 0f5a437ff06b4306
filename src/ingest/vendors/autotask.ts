import { WebhookAuthError, WebhookPayloadError } from '../errors.js';
import { isRecord, obj, parseJsonBody, str } from '../payload.js';
import { hmac, matchesAnySecret, requireHeader } from '../secrets.js';
import type { ReceivedDelivery, WebhookReceiver } from '../types.js';

/**
 * Autotask webhooks: X-Hook-Signature = "sha1=" + base64 HMAC-SHA1(SecretKey, raw body).
 * Fields holds only the subscribed fields that changed (plus display-always ones), so every
 * create/update is a fetch-back of the full record; deletes carry the id.
 */
export const autotaskReceiver: WebhookReceiver = {
  kind: 'autotask',
  async verify(req, secrets) {
    const header = requireHeader(req, 'x-hook-signature');
    const match = /^sha1=(.+)$/i.exec(header.trim());
    if (!match) throw new WebhookAuthError('x-hook-signature is not sha1=<base64>');
    const ok = matchesAnySecret(secrets, req.now, (s) => hmac('sha1', s, req.rawBody).toString('base64'), match[1]!);
    if (!ok) throw new WebhookAuthError('signature mismatch');
  },
  parse(req) {
    const body = parseJsonBody(req.rawBody);
    if (!isRecord(body)) throw new WebhookPayloadError('body is not an Autotask webhook payload');
    const id = str(body.Id);
    if (!id) throw new WebhookPayloadError('payload has no Id');
    const action = str(body.Action)?.toLowerCase();
    const entity = str(body.EntityType)?.toLowerCase() ?? 'ticket';
    const delivery: ReceivedDelivery = { deliveryId: null, tickets: [], fetchBack: [], deleted: [] };
    if (entity === 'ticket') {
      if (action === 'delete') delivery.deleted.push(id);
      else delivery.fetchBack.push({ entity: 'ticket', externalId: id });
    } else if (entity === 'ticketnote' && action !== 'delete') {
      const ticketId = str(obj(body.Fields)?.TicketID);
      delivery.fetchBack.push({ entity: 'note', externalId: id, ...(ticketId ? { ticketExternalId: ticketId } : {}) });
    } else if (entity === 'configurationitem' && action !== 'delete') {
      delivery.fetchBack.push({ entity: 'configuration', externalId: id });
    }
    return delivery;
  },
};
