import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkDeliveryIds, receivers, sourceKind, WebhookAuthError, WebhookPayloadError, type WebhookRequest } from '../../ingest/index.js';
import { nestsDeeperThan, tooDeepMessage } from '../json-depth.js';
import type { Services } from '../../services.js';
import { storeDelivery } from '../../sources/store-delivery.js';
import { badRequest, errorSchema, HttpError, notFound } from '../errors.js';
import { makeStorable } from '../../text/storable-text.js';

// Any kind reaches the handler: an unknown one answers 404 like an unknown source (a URL that
// does not exist), not 400. The known kinds are listed for the OpenAPI document.
const params = z.object({ kind: z.string().min(1).max(100).describe(`One of: ${sourceKind.options.join(', ')}`), sourceId: z.string().min(1).max(200) });
const accepted = z
  .object({
    status: z.enum(['stored', 'duplicate']).describe('duplicate: this delivery id (or exact body) was already stored; nothing changed'),
    tickets: z.number().int().describe('Full tickets stored (new or newer revisions)'),
    fetchBack: z.number().int().describe('Tickets the worker will fetch from the PSA API'),
    deleted: z.number().int().describe('Tickets marked closed because the PSA deleted them'),
  })
  .meta({ id: 'WebhookResult' });

function headersOf(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v]));
}

/**
 * PSA webhooks. Outside /v1: the vendor's signature (or shared secret) is the authentication, checked
 * over the exact bytes received, so this scope keeps every body as a Buffer whatever its type.
 * 2xx only once the delivery is committed; 401 on any authentication failure, storing nothing.
 */
export function webhookRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    app.post('/webhooks/:kind/:sourceId', {
      schema: {
        operationId: 'receiveWebhook',
        tags: ['webhooks'],
        summary: 'Receive a PSA webhook (authenticated by the vendor signature or secret, not an API key)',
        params,
        response: { 200: accepted, 400: errorSchema, 401: errorSchema, 404: errorSchema, 413: errorSchema, 415: errorSchema, 503: errorSchema },
      },
      handler: async (request) => {
        const { kind, sourceId } = request.params;
        const source = await services.sources.credentials(null, sourceId);
        // An unknown source and a kind mismatch look the same: nothing to learn by probing.
        if (!source || source.kind !== kind || !Object.hasOwn(receivers, kind)) throw notFound('source');
        const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const req: WebhookRequest = { rawBody, headers: headersOf(request.headers), now: new Date() };
        const receiver = receivers[source.kind];
        try {
          await receiver.verify(req, source.secrets ?? { current: '' }, { fetch: services.vendorFetch, config: source.config });
        } catch (err) {
          if (!(err instanceof WebhookAuthError)) throw err;
          request.log.warn({ sourceId, kind, reason: err.reason }, 'webhook refused');
          throw new HttpError(401, 'WEBHOOK_UNAUTHORIZED', err.message);
        }
        let delivery;
        let raw: unknown;
        try {
          raw = parsePayload(rawBody);
          // A PSA cannot correct what it sends and would retry a refusal for days: text the
          // database cannot hold is repaired rather than refused (see storable-text.ts).
          delivery = makeStorable(checkDeliveryIds(receiver.parse(req)));
        } catch (err) {
          if (err instanceof WebhookPayloadError) throw badRequest(err.message, 'WEBHOOK_PAYLOAD_INVALID');
          throw err;
        }
        raw = makeStorable(raw);
        const outcome = await storeDelivery(services.db, services.tickets, source, delivery, rawBody, raw);
        const changed = outcome.tickets.filter((t) => t.outcome !== 'unchanged');
        for (const t of changed) services.metrics.ticketsIngested.inc({ source: t.source });
        if (changed.length > 0 || outcome.fetchBack > 0) await services.notify(source.tenantId);
        request.log.info({ sourceId, kind, deliveryId: delivery.deliveryId, duplicate: outcome.duplicate }, 'webhook stored');
        return {
          status: outcome.duplicate ? ('duplicate' as const) : ('stored' as const),
          tickets: changed.length,
          fetchBack: outcome.fetchBack,
          deleted: outcome.deleted,
        };
      },
    });
  };
}

/** The delivery as JSON, refused when it is not JSON or nests deeper than any real payload. */
function parsePayload(rawBody: Buffer): unknown {
  let value: unknown;
  try {
    value = JSON.parse(rawBody.toString('utf8'));
  } catch (err) {
    throw new WebhookPayloadError(`the body is not JSON: ${(err as Error).message}`);
  }
  if (nestsDeeperThan(value)) throw new WebhookPayloadError(tooDeepMessage);
  return value;
}
