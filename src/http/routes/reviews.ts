import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.js';
import { clientReviewSchema, renderReview } from '../../standards/index.js';
import { buildClientReview } from '../../suggestions/client-review.js';
import { errorSchema } from '../errors.js';
import { clientId } from '../client-id.js';
import { checkWindow, windowDayOrDateTime } from '../iso-date.js';


/** JSON by default; Markdown or HTML when asked by `format=` or the Accept header. */
function chosenFormat(format: string | undefined, accept: string | undefined): 'json' | 'markdown' | 'html' {
  if (format) return format as 'json' | 'markdown' | 'html';
  if (accept?.includes('text/html')) return 'html';
  if (accept?.includes('text/markdown')) return 'markdown';
  return 'json';
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
        response: { 200: clientReviewSchema.meta({ id: 'ClientReview' }), 400: errorSchema, 401: errorSchema, 404: errorSchema },
      },
      handler: async (request, reply) => {
        const q = request.query;
        checkWindow(q);
        const review = await buildClientReview(services.db, request.tenant.id, q.client, {
          from: q.from ? new Date(q.from) : undefined,
          to: q.to ? new Date(q.to) : undefined,
        });
        const format = chosenFormat(q.format, request.headers.accept);
        if (format === 'json') return review;
        const type = format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8';
        // A rendered document, not JSON: bypass the JSON response serializer.
        return reply.type(type).serializer((body: string) => body).send(renderReview(review, format) as never);
      },
    });
  };
}
