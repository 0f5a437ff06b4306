import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.js';

const readiness = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.object({ database: z.enum(['ok', 'down']), queue: z.enum(['ok', 'down']) }),
});

export function healthRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health/live', {
      schema: { operationId: 'live', tags: ['operations'], summary: 'The process is up', response: { 200: z.object({ status: z.literal('ok') }) } },
      handler: async () => ({ status: 'ok' as const }),
    });

    app.get('/health/ready', {
      schema: {
        operationId: 'ready',
        tags: ['operations'],
        summary: 'Database and queue are reachable',
        response: { 200: readiness, 503: readiness },
      },
      handler: async (_request, reply) => {
        const check = (p: Promise<unknown>) =>
          Promise.race([p.then(() => 'ok' as const), new Promise<'down'>((r) => setTimeout(() => r('down'), 2000).unref())]).catch(() => 'down' as const);
        const [database, queue] = await Promise.all([check(services.db.ping()), check(services.queue.ping())]);
        const ok = database === 'ok' && queue === 'ok';
        return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks: { database, queue } });
      },
    });
  };
}
