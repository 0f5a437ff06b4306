import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z, ZodError } from 'zod';
import { sourceKind } from '../../ingest/index.js';
import type { Services } from '../../services.js';
import { BackfillConflictError, backfillProgress, kindsWithApi, requestBackfill } from '../../sources/backfill.js';
import { SecretsKeyMissingError } from '../../sources/secrets-key.js';
import { SourceInputError } from '../../sources/source-store.js';
import { badRequest, conflict, describeIssues, errorSchema, HttpError, notFound } from '../errors.js';
import { windowDayOrDateTime } from '../iso-date.js';
import { idParams } from './tickets.js';

const credentials = z
  .record(z.string(), z.unknown())
  .describe('The kind\'s credentials (see docs/connect-your-psa.md); Zendesk and Jira also take the webhook `secret` here');

const sourceSchema = z
  .object({
    id: z.string(),
    kind: sourceKind,
    name: z.string(),
    webhookUrl: z.string().describe('Path to give the PSA, under this service\'s public https origin'),
    previousSecretValidUntil: z.string().nullable().describe('After a rotation, the old secret is accepted until then'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Source' });

const withSecret = sourceSchema
  .extend({ secret: z.string().optional().describe('The generated webhook secret: shown this once, never again') })
  .meta({ id: 'SourceWithSecret' });

const createBody = z.strictObject({
  kind: sourceKind,
  name: z.string().trim().min(1).max(200).optional().describe('Defaults to the kind'),
  config: credentials.default({}),
});

const patchBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  config: credentials.optional().describe('Merged into the stored credentials'),
  rotateSecret: z.boolean().optional().describe('Generate a new webhook secret; the old one stays valid for the grace period'),
});

const backfillBody = z.strictObject({ since: windowDayOrDateTime.describe('Tickets updated since this date') });
const backfillSchema = z
  .object({
    state: z.enum(['queued', 'running', 'done', 'failed']),
    since: z.string(),
    pages: z.number().int(),
    tickets: z.number().int(),
    skipped: z.number().int().describe('Vendor records that could not become tickets'),
    cursor: z.string().nullable().describe('Where the next page starts; a crash resumes here'),
    error: z.string().nullable(),
    requestedAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Backfill' });

/** Store errors as the API's errors: invalid credentials say which field, never its value. */
async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ZodError) throw badRequest(describeIssues('body.config', err.issues));
    if (err instanceof SourceInputError) throw badRequest(err.message);
    if (err instanceof SecretsKeyMissingError) throw new HttpError(503, err.code, err.message);
    if (err instanceof BackfillConflictError) throw conflict(err.message);
    throw err;
  }
}

export function sourceRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { tags: ['sources'], security: [{ apiKey: [] }] };

    app.post('/sources', {
      schema: {
        ...common,
        operationId: 'createSource',
        summary: 'Connect a PSA: answers with the webhook URL and, where Recurrence generates it, the secret (shown once)',
        body: createBody,
        response: { 201: withSecret, 400: errorSchema, 401: errorSchema, 503: errorSchema },
      },
      handler: async (request, reply) => {
        const { kind, name, config } = request.body;
        const created = await mapped(() => services.sources.create(request.tenant.id, { kind, name: name ?? kind, config }));
        return reply.status(201).send({ ...created.source, ...(created.secret ? { secret: created.secret } : {}) });
      },
    });

    app.get('/sources', {
      schema: { ...common, operationId: 'listSources', summary: "The tenant's PSA sources (no secrets)", response: { 200: z.object({ sources: z.array(sourceSchema) }), 401: errorSchema } },
      handler: async (request) => ({ sources: await services.sources.list(request.tenant.id) }),
    });

    app.get('/sources/:id', {
      schema: { ...common, operationId: 'getSource', summary: 'One PSA source (no secrets)', params: idParams, response: { 200: sourceSchema, 401: errorSchema, 404: errorSchema } },
      handler: async (request) => (await services.sources.get(request.tenant.id, request.params.id)) ?? Promise.reject(notFound('source')),
    });

    app.patch('/sources/:id', {
      schema: {
        ...common,
        operationId: 'updateSource',
        summary: 'Rename, update credentials, or rotate the webhook secret (the new one is shown once)',
        params: idParams,
        body: patchBody,
        response: { 200: withSecret, 400: errorSchema, 401: errorSchema, 404: errorSchema, 503: errorSchema },
      },
      handler: async (request) => {
        const updated = await mapped(() => services.sources.update(request.tenant.id, request.params.id, request.body));
        if (!updated) throw notFound('source');
        return { ...updated.source, ...(updated.secret ? { secret: updated.secret } : {}) };
      },
    });

    app.delete('/sources/:id', {
      schema: {
        ...common,
        operationId: 'deleteSource',
        summary: 'Disconnect a PSA: its webhooks are refused from now on; its tickets stay',
        params: idParams,
        response: { 204: z.null().describe('Deleted'), 401: errorSchema, 404: errorSchema },
      },
      handler: async (request, reply) => {
        if (!(await services.sources.delete(request.tenant.id, request.params.id))) throw notFound('source');
        return reply.status(204).send(null);
      },
    });

    app.post('/sources/:id/backfill', {
      schema: {
        ...common,
        operationId: 'startBackfill',
        summary: "Import the PSA's history since a date through its API (resumes an unfinished one with the same date)",
        params: idParams,
        body: backfillBody,
        response: { 202: backfillSchema, 400: errorSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema },
      },
      handler: async (request, reply) => {
        const tenantId = request.tenant.id;
        const source = await services.sources.get(tenantId, request.params.id);
        if (!source) throw notFound('source');
        if (!kindsWithApi.has(source.kind)) {
          throw badRequest(`${source.kind} has no API to backfill from; import an export with the CLI instead`, 'NO_BACKFILL_API');
        }
        if (Date.parse(request.body.since) > Date.now()) throw badRequest('body.since: must not be in the future; no ticket has been updated since then yet');
        const progress = await mapped(() => requestBackfill(services, tenantId, source.id, new Date(request.body.since)));
        await services.queue.enqueue('backfill', { tenantId, sourceId: source.id });
        return reply.status(202).send(progress);
      },
    });

    app.get('/sources/:id/backfill', {
      schema: {
        ...common,
        operationId: 'getBackfill',
        summary: 'Backfill progress: state, pages, tickets, cursor, error',
        params: idParams,
        response: { 200: backfillSchema, 401: errorSchema, 404: errorSchema },
      },
      handler: async (request) => {
        const progress = await backfillProgress(services, request.tenant.id, request.params.id);
        if (!progress) throw notFound('backfill');
        return progress;
      },
    });
  };
}
