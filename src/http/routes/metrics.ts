import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../services.js';

export function metricsRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/metrics', { schema: { operationId: 'prometheusMetrics', tags: ['operations'], summary: 'Prometheus metrics' } }, async (_request, reply) => {
      const { registry } = services.metrics;
      return reply.type(registry.contentType).send(await registry.metrics());
    });
  };
}
