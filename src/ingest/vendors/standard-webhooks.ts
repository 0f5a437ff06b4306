import { ticketSchema } from '../../tickets/ticket-schema.js';
import { WebhookAuthError, WebhookPayloadError } from '../errors.js';
import { isRecord, parseJsonBody } from '../payload.js';
import { activeSecrets, hmac, requireHeader, safeEqual } from '../secrets.js';
import type { WebhookReceiver } from '../types.js';

/**
 * Standard Webhooks v1 (standardwebhooks.com): signed content is `${id}.${timestamp}.${body}`,
 * HMAC-SHA256 with the base64 key after `whsec_`; webhook-signature is a space-separated list of
 * `v1,<base64>` (several during a rotation; other versions are skipped). Timestamps more than
 * 5 minutes off in either direction are refused. The body is one normalised Ticket or an array.
 */
export const STANDARD_WEBHOOKS_TOLERANCE_S = 5 * 60;

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
}

export const standardWebhooksReceiver: WebhookReceiver = {
  kind: 'standard-webhooks',
  async verify(req, secrets) {
    const id = requireHeader(req, 'webhook-id');
    const timestamp = requireHeader(req, 'webhook-timestamp');
    const header = requireHeader(req, 'webhook-signature');
    // The id is used as a dedup/job key and is part of the signed string: keep it plain.
    if (!/^[A-Za-z0-9_-]{1,255}$/.test(id)) throw new WebhookAuthError('webhook-id has unexpected characters');
    if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookAuthError('webhook-timestamp is not an integer');
    if (Math.abs(req.now.getTime() / 1000 - Number(timestamp)) > STANDARD_WEBHOOKS_TOLERANCE_S) {
      throw new WebhookAuthError('webhook-timestamp outside the 5-minute window');
    }
    const offered = header
      .split(' ')
      .map((entry) => entry.split(','))
      .filter(([version, sig]) => version === 'v1' && sig)
      .map(([, sig]) => sig!);
    if (offered.length === 0) throw new WebhookAuthError('no v1 signature offered');
    let ok = false;
    for (const secret of activeSecrets(secrets, req.now)) {
      const expected = hmac('sha256', keyOf(secret), `${id}.${timestamp}.`, req.rawBody).toString('base64');
      for (const sig of offered) ok = safeEqual(expected, sig) || ok;
    }
    if (!ok) throw new WebhookAuthError('signature mismatch');
  },
  parse(req) {
    const body = parseJsonBody(req.rawBody);
    const items = Array.isArray(body) ? body : [body];
    if (items.length === 0 || items.length > 1_000) throw new WebhookPayloadError('expected 1 to 1000 tickets');
    // Fields are named as the API names them (body[0].title), so one guide serves both.
    const at = (i: number) => (Array.isArray(body) ? `body[${i}]` : 'body');
    const tickets = items.map((item, i) => {
      if (!isRecord(item)) throw new WebhookPayloadError(`${at(i)}: expected a ticket object`);
      const result = ticketSchema.safeParse({ ...item, source: 'standard-webhooks' });
      if (!result.success) {
        const problems = result.error.issues.slice(0, 3).map((issue) => {
          const path = at(i) + issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
          return issue.code === 'unrecognized_keys' ? `${path}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `${path}: ${issue.message}`;
        });
        throw new WebhookPayloadError(problems.join('; '));
      }
      return result.data;
    });
    return { deliveryId: req.headers['webhook-id'] ?? null, tickets, fetchBack: [], deleted: [] };
  },
};
