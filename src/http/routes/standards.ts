import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.js';
import { catalogueVersion, customStandardSchema, loadCatalogue, standardSchema } from '../../standards/index.js';
import { tenantStandards } from '../../suggestions/tenant-standards.js';
import { badRequest, conflict, errorSchema, notFound } from '../errors.js';
import { idParams } from './tickets.js';

const listedStandard = standardSchema.extend({ enabled: z.boolean(), origin: z.enum(['catalogue', 'tenant']) });

const isShipped = (id: string) => loadCatalogue().some((s) => s.id === id);
const shippedMessage = (id: string, verb: string) =>
  `"${id}" is a shipped standard and cannot be ${verb}; switch it off with PATCH {"enabled": false} and add your own`;

export function standardRoutes(services: Services): FastifyPluginAsyncZod {
  const security = [{ apiKey: [] }];
  const refreshSoon = (tenantId: string) => services.queue.enqueue('refresh-suggestions', { tenantId }, { delayMs: 1000 }).catch(() => {});
  return async (app) => {
    app.get('/standards', {
      schema: {
        operationId: 'listStandards',
        tags: ['standards'],
        summary: 'The standards catalogue as this tenant sees it: shipped ones (on or off) and its own',
        security,
        response: { 200: z.object({ catalogueVersion: z.string(), items: z.array(listedStandard) }), 401: errorSchema },
      },
      handler: async (request) => {
        const { standards, disabled, custom } = await tenantStandards(services.db, request.tenant.id);
        return {
          catalogueVersion,
          items: standards.map((s) => ({ ...s, enabled: !disabled.has(s.id), origin: custom.has(s.id) ? ('tenant' as const) : ('catalogue' as const) })),
        };
      },
    });

    app.post('/standards', {
      schema: {
        operationId: 'createStandard',
        tags: ['standards'],
        summary: "Add the tenant's own standard (same shape as the catalogue's)",
        security,
        body: customStandardSchema,
        response: { 201: standardSchema, 400: errorSchema, 401: errorSchema, 409: errorSchema },
      },
      handler: async (request, reply) => {
        const standard = request.body;
        const r = await services.db.query(
          'INSERT INTO tenant_standards (tenant_id, id, standard) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
          [request.tenant.id, standard.id, JSON.stringify(standard)],
        );
        if (r.rowCount === 0) throw conflict(`a standard with id "${standard.id}" already exists`);
        await refreshSoon(request.tenant.id);
        return reply.status(201).send(standard);
      },
    });

    app.put('/standards/:id', {
      schema: {
        operationId: 'replaceStandard',
        tags: ['standards'],
        summary: "Replace one of the tenant's own standards (shipped ones are switched off, not edited)",
        security,
        params: idParams,
        // The shape only: whether the id is a shipped one is this route's 409, not a body error.
        body: standardSchema,
        response: { 200: standardSchema, 400: errorSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema },
      },
      handler: async (request) => {
        const tenantId = request.tenant.id;
        const { id } = request.params;
        const standard = request.body;
        if (isShipped(id)) throw conflict(shippedMessage(id, 'edited'));
        if (standard.id !== id) throw badRequest(`body.id: must be the id in the path ("${id}"); a standard's id cannot change`);
        const r = await services.db.query('UPDATE tenant_standards SET standard = $3 WHERE tenant_id = $1 AND id = $2', [tenantId, id, JSON.stringify(standard)]);
        if (r.rowCount === 0) throw notFound('standard');
        await refreshSoon(tenantId);
        return standard;
      },
    });

    app.delete('/standards/:id', {
      schema: {
        operationId: 'deleteStandard',
        tags: ['standards'],
        summary: "Delete one of the tenant's own standards; suggestions already accepted or implemented stay",
        security,
        params: idParams,
        response: { 204: z.null().describe('Deleted'), 401: errorSchema, 404: errorSchema, 409: errorSchema },
      },
      handler: async (request, reply) => {
        const tenantId = request.tenant.id;
        const { id } = request.params;
        if (isShipped(id)) throw conflict(shippedMessage(id, 'deleted'));
        const deleted = await services.db.transaction(async (tx) => {
          const r = await tx.query('DELETE FROM tenant_standards WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
          await tx.query('DELETE FROM disabled_standards WHERE tenant_id = $1 AND standard_id = $2', [tenantId, id]);
          return (r.rowCount ?? 0) > 0;
        });
        if (!deleted) throw notFound('standard');
        await refreshSoon(tenantId);
        return reply.status(204).send(null);
      },
    });

    app.patch('/standards/:id', {
      schema: {
        operationId: 'updateStandard',
        tags: ['standards'],
        summary: 'Switch a standard on or off for this tenant',
        security,
        params: idParams,
        body: z.strictObject({ enabled: z.boolean() }),
        response: { 200: z.object({ id: z.string(), enabled: z.boolean() }), 400: errorSchema, 401: errorSchema, 404: errorSchema },
      },
      handler: async (request) => {
        const tenantId = request.tenant.id;
        const { id } = request.params;
        const { standards } = await tenantStandards(services.db, tenantId);
        if (!standards.some((s) => s.id === id) && !loadCatalogue().some((s) => s.id === id)) throw notFound('standard');
        if (request.body.enabled) await services.db.query('DELETE FROM disabled_standards WHERE tenant_id = $1 AND standard_id = $2', [tenantId, id]);
        else await services.db.query('INSERT INTO disabled_standards (tenant_id, standard_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [tenantId, id]);
        await refreshSoon(tenantId);
        return { id, enabled: request.body.enabled };
      },
    });
  };
}
