import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.js';
import { suggestionSchema } from '../../standards/index.js';
import { suggestionEffect } from '../../suggestions/suggestion-effect.js';
import { changeStatus, getSuggestion, listSuggestions } from '../../suggestions/suggestion-store.js';
import { badRequest, conflict, errorSchema } from '../errors.js';
import { clientFilter, clientId } from '../client-id.js';
import { checkWindow, windowDayOrDateTime } from '../iso-date.js';
import { decodeCursor, page, pageQuery } from '../pagination.js';
import { idParams } from './tickets.js';

const status = z.enum(['proposed', 'accepted', 'rejected', 'implemented']);

export const storedSuggestionSchema = suggestionSchema
  .extend({
    id: z.string(),
    status,
    implementation: z.object({ implementedAt: z.string(), clientIds: z.array(z.string()) }).nullable(),
    history: z.array(z.object({ at: z.string(), from: z.string(), to: z.string(), by: z.string().nullable(), note: z.string().nullable() })),
  })
  .meta({ id: 'Suggestion' });

const comparison = z.object({
  verdict: z.enum(['reduced', 'no_clear_change', 'worse', 'insufficient_data']),
  before: z.number().int(),
  after: z.number().int(),
  rateRatio: z.number().nullable(),
  pTwoSided: z.number(),
  pReduced: z.number(),
  interval: z.object({ lower: z.number(), upper: z.number().nullable(), confidence: z.number() }),
});

const effectSchema = z
  .object({
    suggestionId: z.string(),
    implementedAt: z.string(),
    window: z.object({ days: z.number().int(), beforeStart: z.string(), beforeEnd: z.string(), afterStart: z.string(), afterEnd: z.string() }),
    verdict: comparison.shape.verdict,
    sentence: z.string(),
    overall: comparison,
    perClient: z.array(comparison.extend({ clientId: z.string() })),
    weekly: z.array(z.object({ weekStart: z.string(), events: z.number().int() })),
  })
  .meta({ id: 'SuggestionEffect' });

const pick = (c: Record<string, any>) => ({
  verdict: c.verdict,
  before: c.before,
  after: c.after,
  rateRatio: c.rateRatio,
  pTwoSided: c.pTwoSided,
  pReduced: c.pReduced,
  interval: c.interval,
});

export function suggestionRoutes(services: Services): FastifyPluginAsyncZod {
  const security = [{ apiKey: [] }];
  return async (app) => {
    app.get('/suggestions', {
      schema: {
        operationId: 'listSuggestions',
        tags: ['suggestions'],
        summary: 'Standards changes ranked by impact, best first, with evidence and the parts of the score',
        security,
        querystring: z.object({
          status: status.optional(),
          client: clientFilter,
          from: windowDayOrDateTime.optional().describe('Only suggestions whose themes had tickets from this time'),
          to: windowDayOrDateTime.optional(),
          ...pageQuery,
        }),
        response: { 200: z.object({ items: z.array(storedSuggestionSchema), next: z.string().nullable() }), 400: errorSchema, 401: errorSchema },
      },
      handler: async (request) => {
        const q = request.query;
        checkWindow(q);
        const offset = decodeCursor(q.cursor);
        const rows = await listSuggestions(
          services.db,
          request.tenant.id,
          { status: q.status, client: q.client, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined },
          q.limit + 1,
          offset,
        );
        return page(rows, offset, q.limit);
      },
    });

    app.get('/suggestions/:id', {
      schema: { operationId: 'getSuggestion', tags: ['suggestions'], summary: 'One suggestion with its history', security, params: idParams, response: { 200: storedSuggestionSchema, 401: errorSchema, 404: errorSchema } },
      handler: async (request) => getSuggestion(services.db, request.tenant.id, request.params.id),
    });

    app.patch('/suggestions/:id', {
      schema: {
        operationId: 'updateSuggestion',
        tags: ['suggestions'],
        summary: 'Move a suggestion: proposed → accepted / rejected → implemented (with date, clients, who and a note)',
        security,
        params: idParams,
        body: z.strictObject({
          status,
          implementedAt: windowDayOrDateTime.optional().describe('When the standard was in place (implemented only; default now)'),
          clientIds: z
            .array(clientId)
            .max(1000)
            // A client named twice is one client: counted twice, the effect said "across 2 clients".
            .transform((ids) => [...new Set(ids)])
            .optional()
            .describe('Clients it was rolled out to (default: those in the evidence); each once. Empty: the whole organisation, every ticket with or without a client'),
          by: z.string().max(200).optional(),
          note: z.string().max(5000).optional(),
        }),
        response: { 200: storedSuggestionSchema, 400: errorSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema },
      },
      handler: async (request) => {
        const b = request.body;
        if (b.status !== 'implemented' && (b.implementedAt || b.clientIds)) {
          throw badRequest(`body.${b.implementedAt ? 'implementedAt' : 'clientIds'}: belongs to status "implemented" only`);
        }
        // A standard is marked implemented once it is in place; the effect is measured from then.
        if (b.implementedAt && Date.parse(b.implementedAt) > Date.now() + 60_000) throw badRequest('body.implementedAt: must not be in the future');
        return changeStatus(services.db, request.tenant.id, request.params.id, b);
      },
    });

    app.get('/suggestions/:id/effect', {
      schema: {
        operationId: 'getSuggestionEffect',
        tags: ['suggestions'],
        summary: "Proof of effect: the themes' recurrence before and after implementation, per client, with an exact Poisson rate test",
        security,
        params: idParams,
        response: { 200: effectSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema },
      },
      handler: async (request) => {
        const s = await getSuggestion(services.db, request.tenant.id, request.params.id);
        const effect = await suggestionEffect(services.db, request.tenant.id, s);
        if (!effect) throw conflict('the suggestion is not implemented yet: mark it implemented with a date first');
        const { result, weekly } = effect;
        const w = result.window;
        return {
          suggestionId: s.id,
          implementedAt: s.implementation!.implementedAt,
          window: { days: w.days, beforeStart: w.beforeStart.toISOString(), beforeEnd: w.beforeEnd.toISOString(), afterStart: w.afterStart.toISOString(), afterEnd: w.afterEnd.toISOString() },
          verdict: result.overall.verdict,
          sentence: result.sentence,
          overall: pick(result.overall),
          perClient: result.perClient.map((c) => ({ ...pick(c), clientId: c.clientId })),
          weekly,
        };
      },
    });
  };
}
