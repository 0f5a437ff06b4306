import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.js';
import { errorSchema, notFound } from '../errors.js';

const failedJob = z.object({
  id: z.string(),
  name: z.string(),
  tenantId: z.string().nullable(),
  data: z.unknown(),
  error: z.string(),
  attempts: z.number().int(),
  failedAt: z.string(),
});
const failedTicket = z.object({ id: z.string(), externalId: z.string(), source: z.string(), error: z.string().nullable(), attempts: z.number().int() });

export function adminRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/admin/failed-jobs', {
      schema: {
        operationId: 'listFailedJobs',
        tags: ['admin'],
        summary: 'The dead-letter set: jobs that failed after every retry, and tickets that failed processing',
        security: [{ apiKey: [] }],
        response: { 200: z.object({ jobs: z.array(failedJob), tickets: z.array(failedTicket) }), 401: errorSchema },
      },
      handler: async (request) => {
        const tenantId = request.tenant.id;
        const [jobs, tickets] = await Promise.all([services.queue.failed(tenantId), services.failedTickets(tenantId)]);
        return { jobs, tickets };
      },
    });

    app.post('/admin/failed-jobs/:id/retry', {
      schema: {
        operationId: 'retryFailedJob',
        tags: ['admin'],
        summary: 'Retry a failed job (by job id) or a failed ticket (by ticket id)',
        security: [{ apiKey: [] }],
        params: z.object({ id: z.string().min(1).max(300) }),
        response: { 202: z.object({ retried: z.literal(true) }), 401: errorSchema, 404: errorSchema },
      },
      handler: async (request, reply) => {
        const tenantId = request.tenant.id;
        const retried = (await services.queue.retry(tenantId, request.params.id)) || (await services.retryTicket(tenantId, request.params.id));
        if (!retried) throw notFound('failed job');
        return reply.status(202).send({ retried: true as const });
      },
    });
  };
}
