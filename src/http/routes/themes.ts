import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.js';
import { direction, DIRECTIONS } from '../../metrics/direction.js';
import { findTheme, listThemes, themeBreakdown, themeSummary, type ThemeRow } from '../../themes/theme-queries.js';
import { errorSchema, notFound } from '../errors.js';
import { clientFilter } from '../client-id.js';
import { checkWindow, windowDayOrDateTime } from '../iso-date.js';
import { decodeCursor, page, pageQuery } from '../pagination.js';
import { idParams } from './tickets.js';
import { queryInt } from '../query-int.js';

const windowQuery = {
  from: windowDayOrDateTime.optional().describe('Only tickets created at or after this time'),
  to: windowDayOrDateTime.optional().describe('Only tickets created before this time (default: now)'),
  client: clientFilter,
};

export const themeSchema = z
  .object({
    id: z.string(),
    name: z.string().describe("The most central ticket's cleaned title (a longer one is cut after a word and ends in …, 100 characters at most), or the name an engineer gave"),
    terms: z.array(z.string()).describe('Top terms (class-based TF-IDF), as written in the tickets'),
    errorCodes: z.array(z.string()),
    kind: z.string().describe('alert (machine-generated) or human'),
    pinned: z.boolean(),
    ticketCount: z.number().int(),
    eventCount: z.number().int().describe('Tickets less than an hour apart count once: a flood is one event'),
    clientCount: z.number().int(),
    contactCount: z.number().int(),
    deviceCount: z.number().int(),
    hours: z.number(),
    firstSeen: z.string(),
    lastSeen: z.string(),
    trend: z.object({
      last30Days: z.number().int(),
      previous30Days: z.number().int(),
      direction: z.enum(DIRECTIONS).describe('new: tickets in the last 30 days and none in the 30 before; rising or falling: a change of more than a quarter and more than one ticket; else steady'),
    }),
  })
  .meta({ id: 'Theme' });

export function themeJson(r: ThemeRow): z.infer<typeof themeSchema> {
  return {
    id: r.id,
    name: r.name,
    terms: r.terms,
    errorCodes: r.error_codes,
    kind: r.kind,
    pinned: r.pinned,
    ticketCount: r.ticket_count,
    eventCount: r.event_count,
    clientCount: r.client_count,
    contactCount: r.contact_count,
    deviceCount: r.device_count,
    hours: Math.round(r.hours * 100) / 100,
    firstSeen: new Date(r.first_seen).toISOString(),
    lastSeen: new Date(r.last_seen).toISOString(),
    trend: { last30Days: r.recent, previous30Days: r.previous, direction: direction(r.recent, r.previous) },
  };
}

const bucket = z.object({ id: z.string().nullable(), name: z.string().nullable(), tickets: z.number().int(), hours: z.number() });
const themeDetail = themeSchema
  .extend({
    template: z.string().nullable(),
    clients: z.array(bucket),
    devices: z.array(bucket),
    categories: z.array(bucket),
    representativeTickets: z.array(z.object({ id: z.string(), title: z.string(), createdAt: z.string(), clientId: z.string().nullable() })),
    daily: z.array(z.object({ date: z.string(), tickets: z.number().int() })),
  })
  .meta({ id: 'ThemeDetail' });

const ticketSummary = z.object({ id: z.string(), externalId: z.string(), title: z.string(), status: z.string(), createdAt: z.string(), clientId: z.string().nullable(), deviceId: z.string().nullable(), hoursSpent: z.number().nullable() });

function window(q: { from?: string; to?: string; client?: string }) {
  checkWindow(q);
  return { from: q.from ? new Date(q.from) : null, to: q.to ? new Date(q.to) : new Date(Date.now() + 1000), client: q.client };
}

export function themeRoutes(services: Services): FastifyPluginAsyncZod {
  const security = [{ apiKey: [] }];
  return async (app) => {
    app.get('/themes', {
      schema: {
        operationId: 'listThemes',
        tags: ['themes'],
        summary: 'Recurring themes, biggest first',
        security,
        querystring: z.object({
          ...windowQuery,
          minTickets: queryInt(1, 1_000_000_000, 1),
          sort: z.enum(['tickets', 'hours', 'clients', 'trend', 'recent']).default('tickets'),
          kind: z.enum(['alert', 'human']).optional().describe('Only machine-generated (alert) or written (human) themes'),
          q: z.string().trim().min(1, 'must not be blank').max(200).optional().describe("Only themes whose name, terms or error codes contain this text (case-insensitive), e.g. 'vpn' or '0x80070005'"),
          ...pageQuery,
        }),
        response: { 200: z.object({ items: z.array(themeSchema), next: z.string().nullable() }), 400: errorSchema, 401: errorSchema },
      },
      handler: async (request) => {
        const q = request.query;
        const offset = decodeCursor(q.cursor);
        const rows = await listThemes(services.db, request.tenant.id, { ...window(q), minTickets: q.minTickets, sort: q.sort, kind: q.kind, search: q.q }, q.limit + 1, offset);
        const { items, next } = page(rows, offset, q.limit);
        return { items: items.map(themeJson), next };
      },
    });

    app.get('/themes/:id', {
      schema: {
        operationId: 'getTheme',
        tags: ['themes'],
        summary: 'One theme: terms, counts by client, device and category, representative tickets, a daily series',
        security,
        params: idParams,
        querystring: z.object(windowQuery),
        response: { 200: themeDetail, 401: errorSchema, 404: errorSchema },
      },
      handler: async (request) => {
        const tenantId = request.tenant.id;
        const found = await findTheme(services.db, tenantId, request.params.id);
        if (!found) throw notFound('theme');
        const w = window(request.query);
        const stats = await themeSummary(services.db, tenantId, found.id, w);
        if (!stats) throw notFound('theme');
        const b = await themeBreakdown(services.db, tenantId, found.id, w);
        const named = (rows: typeof b.clients) => rows.map((r) => ({ id: r.key, name: r.label, tickets: r.tickets, hours: Math.round(r.hours * 100) / 100 }));
        return {
          ...themeJson(stats),
          template: stats.template,
          clients: named(b.clients),
          devices: named(b.devices),
          categories: named(b.categories),
          representativeTickets: b.recentTickets.map((t) => ({ id: t.id, title: t.clean_title || t.title, createdAt: new Date(t.created_at).toISOString(), clientId: t.client_id })),
          daily: b.daily.map((d) => ({ date: d.day, tickets: d.tickets })),
        };
      },
    });

    app.get('/themes/:id/tickets', {
      schema: {
        operationId: 'listThemeTickets',
        tags: ['themes'],
        summary: "A theme's tickets, newest first",
        security,
        params: idParams,
        querystring: z.object({ ...windowQuery, ...pageQuery }),
        response: { 200: z.object({ items: z.array(ticketSummary), next: z.string().nullable() }), 400: errorSchema, 401: errorSchema, 404: errorSchema },
      },
      handler: async (request) => {
        const tenantId = request.tenant.id;
        const found = await findTheme(services.db, tenantId, request.params.id);
        if (!found) throw notFound('theme');
        const q = request.query;
        const w = window(q);
        const offset = decodeCursor(q.cursor);
        const r = await services.db.query<Record<string, any>>(
          `SELECT id, external_id, title, status, created_at, client_id, device_id, hours_spent FROM tickets
           WHERE tenant_id = $1 AND theme_id = $2 AND ($3::timestamptz IS NULL OR created_at >= $3) AND created_at < $4 AND ($5::text IS NULL OR client_id = $5)
           ORDER BY created_at DESC, id LIMIT $6 OFFSET $7`,
          [tenantId, found.id, w.from, w.to, w.client ?? null, q.limit + 1, offset],
        );
        const { items, next } = page(r.rows, offset, q.limit);
        return {
          items: items.map((t) => ({ id: t.id, externalId: t.external_id, title: t.title, status: t.status, createdAt: new Date(t.created_at).toISOString(), clientId: t.client_id, deviceId: t.device_id, hoursSpent: t.hours_spent })),
          next,
        };
      },
    });

    app.patch('/themes/:id', {
      schema: {
        operationId: 'updateTheme',
        tags: ['themes'],
        summary: 'Rename or pin a theme (kept across consolidations)',
        security,
        params: idParams,
        body: z.strictObject({ name: z.string().trim().min(1).max(300).nullable().optional().describe('null returns to the automatic name'), pinned: z.boolean().optional() }),
        response: { 200: themeSchema, 400: errorSchema, 401: errorSchema, 404: errorSchema },
      },
      handler: async (request) => {
        const tenantId = request.tenant.id;
        const id = await services.themeActions.update(tenantId, request.params.id, request.body);
        const theme = await themeSummary(services.db, tenantId, id, window({}));
        if (!theme) throw notFound('theme');
        return themeJson(theme);
      },
    });

    app.post('/themes/:id/merge', {
      schema: {
        operationId: 'mergeTheme',
        tags: ['themes'],
        summary: 'Merge this theme into another; its id keeps answering with the survivor',
        security,
        params: idParams,
        body: z.strictObject({ into: z.string().min(1).max(200) }),
        response: { 200: themeSchema, 400: errorSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema },
      },
      handler: async (request) => {
        const tenantId = request.tenant.id;
        const into = await services.themeActions.merge(tenantId, request.params.id, request.body.into);
        const theme = await themeSummary(services.db, tenantId, into, window({}));
        if (!theme) throw notFound('theme');
        return themeJson(theme);
      },
    });

    app.post('/themes/:id/split', {
      schema: {
        operationId: 'splitTheme',
        tags: ['themes'],
        summary: 'Split tickets off this theme into a new one (kept across consolidations)',
        description: 'The tickets named (ids as in GET /v1/themes/{id}/tickets) move to a new theme, named `name` or after the first ticket; consolidation keeps them there, as it keeps any ticket moved by hand.',
        security,
        params: idParams,
        body: z.strictObject({
          ticketIds: z.array(z.string().regex(/\S/, 'must not be blank').max(200)).min(1).max(1000).describe('Tickets of this theme to split off; at least one must stay'),
          name: z.string().trim().min(1).max(300).optional().describe("The new theme's name; by default its first ticket's cleaned title"),
        }),
        response: { 201: themeSchema, 400: errorSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema },
      },
      handler: async (request, reply) => {
        const tenantId = request.tenant.id;
        const id = await services.themeActions.split(tenantId, request.params.id, request.body.ticketIds, request.body.name);
        const theme = await themeSummary(services.db, tenantId, id, window({}));
        if (!theme) throw notFound('theme');
        return reply.status(201).send(themeJson(theme));
      },
    });

    app.post('/tickets/:id/theme', {
      schema: {
        operationId: 'moveTicket',
        tags: ['themes'],
        summary: 'Move a ticket to another theme (kept across consolidations)',
        security,
        params: idParams,
        body: z.strictObject({ themeId: z.string().min(1).max(200) }),
        response: { 200: z.object({ id: z.string(), themeId: z.string() }), 400: errorSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema },
      },
      handler: async (request) => {
        const themeId = await services.themeActions.moveTicket(request.tenant.id, request.params.id, request.body.themeId);
        return { id: request.params.id, themeId };
      },
    });
  };
}
