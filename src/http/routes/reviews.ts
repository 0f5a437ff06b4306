import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.js';
import { clientReviewSchema, renderReview } from '../../standards/index.js';
import { buildClientReview } from '../../suggestions/client-review.js';
import { negotiate } from '../accept.js';
import { clientId } from '../client-id.js';
import { errorSchema, HttpError } from '../errors.js';
import { checkWindow, windowDayOrDateTime } from '../iso-date.js';


/** The formats a review comes in, by media type, in the order offered when the client has no preference. */
const formatByType = { 'application/json': 'json', 'text/markdown': 'markdown', 'text/html': 'html' } as const;
type Format = (typeof formatByType)[keyof typeof formatByType];
const types = Object.keys(formatByType) as Array<keyof typeof formatByType>;

/** JSON by default; `format=` when given; otherwise what the Accept header prefers, or a 406. */
function chosenFormat(format: Format | undefined, accept: string | undefined): Format {
  if (format) return format;
  const type = negotiate(accept, types);
  if (type) return formatByType[type];
  const sent = accept && accept.length > 100 ? `${accept.slice(0, 100)}…` : accept;
  throw new HttpError(406, 'NOT_ACCEPTABLE', `Accept ${sent} allows none of the formats a review comes in: ${types.join(', ')} (or ask with ?format=json|markdown|html)`);
}

export function reviewRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/reviews', {
      schema: {
        operationId: 'getClientReview',
        tags: ['suggestions'],
        summary: "A client's alignment review: recurring themes, hours lost, standards proposed and adopted with their effect, and whether things are calmer",
        security: [{ apiKey: [] }],
        querystring: z.object({
          client: clientId.describe('The client id'),
          from: windowDayOrDateTime.optional(),
          to: windowDayOrDateTime.optional(),
          format: z.enum(['json', 'markdown', 'html']).optional(),
        }),
        response: { 200: clientReviewSchema.meta({ id: 'ClientReview' }), 400: errorSchema, 401: errorSchema, 404: errorSchema, 406: errorSchema },
      },
      handler: async (request, reply) => {
        const q = request.query;
        checkWindow(q);
        // Before the work: a client that accepts no format we have is told so at once.
        const format = chosenFormat(q.format, request.headers.accept);
        // Without ?format= the body depends on Accept: caches must not serve one client's format to another.
        if (!q.format) reply.header('Vary', 'Accept');
        const review = await buildClientReview(services.db, request.tenant.id, q.client, {
          from: q.from ? new Date(q.from) : undefined,
          to: q.to ? new Date(q.to) : undefined,
        });
        if (format === 'json') return review;
        const type = format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8';
        // A rendered document, not JSON: bypass the JSON response serializer.
        return reply.type(type).serializer((body: string) => body).send(renderReview(review, format) as never);
      },
    });
  };
}
