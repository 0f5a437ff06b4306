import { createHash } from 'node:crypto';
import { z } from 'zod';
import { WebhookAuthError, WebhookPayloadError } from '../errors.js';
import { at, isRecord, obj, parseJsonBody, str, type Json } from '../payload.js';
import { hmac, requireHeader, safeEqual } from '../secrets.js';
import type { FetchBackRef, ReceivedDelivery, WebhookReceiver, WebhookRequest } from '../types.js';
import { createKeyCache, fetchSigningKey, trustedKeyUrl, type KeyCache } from './connectwise-key.js';

/**
 * ConnectWise PSA callbacks. Signature: x-content-signature = base64 HMAC-SHA256 of the raw body,
 * keyed with SHA-256 of the signing key served at Metadata.key_url. Any CW tenant can get a valid
 * signature, so CompanyId (inside the signed body) must equal the source's configured companyId.
 *
 * Ticket callbacks become fetch-backs, not tickets: the Entity never carries the description or
 * notes (initialDescription is write-only), and clustering needs that text.
 */
// Loose on purpose: deps.config is the whole ConnectWise config; only these two keys matter here.
const pinConfig = z.object({ companyId: z.string().min(1), clientId: z.string().optional() });

function envelope(req: WebhookRequest, onError: (reason: string) => Error): Json {
  let body: unknown;
  try {
    body = parseJsonBody(req.rawBody);
  } catch {
    throw onError('body is not JSON');
  }
  if (!isRecord(body)) throw onError('body is not a callback envelope');
  return body;
}

export function createConnectWiseReceiver(cache: KeyCache = createKeyCache()): WebhookReceiver {
  return {
    kind: 'connectwise',
    async verify(req, _secrets, deps) {
      const signature = requireHeader(req, 'x-content-signature');
      const body = envelope(req, (r) => new WebhookAuthError(r));
      const pin = pinConfig.safeParse(deps.config);
      if (!pin.success) throw new WebhookAuthError('connectwise source config with companyId is required');
      if (str(body.CompanyId)?.toLowerCase() !== pin.data.companyId.toLowerCase()) {
        throw new WebhookAuthError('connectwise CompanyId does not match this source');
      }
      const url = trustedKeyUrl(at(body, 'Metadata', 'key_url'));
      const matches = (key: string) => {
        const signingKey = createHash('sha256').update(key, 'utf8').digest();
        return safeEqual(hmac('sha256', signingKey, req.rawBody).toString('base64'), signature);
      };
      const now = req.now.getTime();
      const cached = cache.get(url.href, now);
      if (cached !== undefined && matches(cached)) return;
      // Not cached, or CW rotated the key since we cached it: fetch once more.
      const key = await fetchSigningKey(url, deps.fetch, pin.data.clientId);
      cache.set(url.href, key, now);
      if (!matches(key)) throw new WebhookAuthError('signature mismatch');
    },
    parse(req) {
      const body = envelope(req, (r) => new WebhookPayloadError(r));
      const id = str(body.ID);
      const action = str(body.Action)?.toLowerCase();
      const type = str(body.Type)?.toLowerCase() ?? '';
      const delivery: ReceivedDelivery = { deliveryId: str(body.MessageId) ?? null, tickets: [], fetchBack: [], deleted: [] };
      if (!id) throw new WebhookPayloadError('callback has no ID');
      const entity = parseEntity(body.Entity);
      if (action === 'deleted') {
        if (type.includes('ticket')) delivery.deleted.push(id);
        return delivery;
      }
      const ref = fetchRef(type, str(entity?.id) ?? id, entity);
      if (ref) delivery.fetchBack.push(ref);
      return delivery;
    },
  };
}

/** Entity is the REST record encoded as a JSON string (null on delete). */
function parseEntity(raw: unknown): Json | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'string') return obj(raw);
  try {
    return obj(JSON.parse(raw));
  } catch {
    throw new WebhookPayloadError('Entity is not valid JSON');
  }
}

function fetchRef(type: string, id: string, entity: Json | undefined): FetchBackRef | undefined {
  if (type.includes('note')) {
    const ticketId = str(entity?.ticketId) ?? str(at(entity, 'ticket', 'id'));
    return { entity: 'note', externalId: id, ...(ticketId ? { ticketExternalId: ticketId } : {}) };
  }
  if (type.includes('configuration')) return { entity: 'configuration', externalId: id };
  if (type.includes('ticket')) return { entity: 'ticket', externalId: id };
  return undefined; // companies, contacts, time entries: nothing to cluster
}

export const connectwiseReceiver = createConnectWiseReceiver();
