import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DIRECTIONS } from '../../metrics/direction.js';
import { addDays, bucketCount, dayWindow } from '../../metrics/buckets.js';
import { recurrenceSeries } from '../../metrics/recurrence-query.js';
import { metricsSummary, SPARKLINE_WEEKS } from '../../metrics/summary-query.js';
import type { Services } from '../../services.js';
import { badRequest, errorSchema } from '../errors.js';
import { windowDayOrDateTime } from '../iso-date.js';
import { queryInt } from '../query-int.js';

const when = windowDayOrDateTime;
const MAX_POINTS = 1000;
const defaultDays = { day: 30, week: 26 * 7, month: 365 } as const;

const figures = {
  tickets: z.number().int(),
  recurring: z.number().int().describe("Tickets whose theme already had a ticket in the 30 days before"),
  recurringShare: z.number().describe('recurring / tickets, 0 to 1'),
  repeatTickets: z.number().int().describe('Tickets with another ticket on the same device or contact in the 30 days before'),
  hours: z.number().describe('Hours spent'),
  mttrHours: z.number().nullable().describe('Mean hours from opening to closing, of the tickets opened in the bucket that are closed'),
};

const recurrenceSchema = z
  .object({
    interval: z.enum(['day', 'week', 'month']),
    series: z.array(
      z.object({
        key: z.string().describe('"all", a theme id, a client id or a category (board / type)'),
        label: z.string(),
        points: z.array(z.object({ start: z.string().describe('First day of the bucket (UTC, YYYY-MM-DD)'), ...figures })),
      }),
    ),
  })
  .meta({ id: 'RecurrenceSeries' });

const change = {
  previousTickets: z.number().int().describe('Tickets in the equal window before'),
  changePct: z.number().nullable().describe('% change against the previous window; null when it was empty'),
};

const summarySchema = z
  .object({
    from: z.string(),
    to: z.string(),
    previousFrom: z.string(),
    totals: z.object({ ...figures, ...change }),
    clients: z.array(z.object({ key: z.string(), label: z.string(), ...figures, shareOfTickets: z.number(), ...change })).describe('Noisiest first: most recurring tickets'),
    themes: z
      .array(
        z.object({
          key: z.string().describe('Theme id'),
          label: z.string(),
          ...figures,
          ...change,
          slopePerWeek: z.number().describe('Least-squares slope of daily tickets over the window, per week'),
          burstScore: z.number().describe("The last 7 days against the theme's own 8-week baseline, in Poisson standard deviations"),
          direction: z.enum(DIRECTIONS),
          sparkline: z.array(z.number().int()).describe(`Tickets per week, the last ${SPARKLINE_WEEKS} weeks, oldest first`),
        }),
      )
      .describe('Biggest first'),
  })
  .meta({ id: 'MetricsSummary' });

function range(q: { from?: string; to?: string }, fallbackDays: number) {
  const to = q.to ? new Date(q.to) : new Date();
  const from = q.from ? new Date(q.from) : addDays(to, -fallbackDays);
  if (from >= to) throw badRequest('querystring.from: must be before to');
  return { from, to };
}

export function metricsApiRoutes(services: Services): FastifyPluginAsyncZod {
  const security = [{ apiKey: [] }];
  return async (app) => {
    app.get('/metrics/recurrence', {
      schema: {
        operationId: 'recurrenceMetrics',
        tags: ['metrics'],
        summary: 'Time series of tickets, recurring and repeat tickets, hours and time to resolve',
        description: 'From precomputed daily rollups; days are UTC and the window is rounded out to whole days.',
        security,
        querystring: z.object({
          from: when.optional().describe('Start (default: 30 days, 26 weeks or 12 months before to)'),
          to: when.optional().describe('End, exclusive (default: now)'),
          interval: z.enum(['day', 'week', 'month']).default('week'),
          groupBy: z.enum(['theme', 'client', 'category']).optional().describe('One series per group; without it one series "all"'),
          limit: queryInt(1, 200, 10).describe('Groups to return, biggest first (1-200, default 10)'),
        }),
        response: { 200: recurrenceSchema, 400: errorSchema, 401: errorSchema },
      },
      handler: async (request) => {
        const q = request.query;
        const { from, to } = range(q, defaultDays[q.interval]);
        const { fromDay, toDay } = dayWindow(from, to);
        if (bucketCount(fromDay, toDay, q.interval, MAX_POINTS) > MAX_POINTS) {
          const remedy = q.interval === 'month' ? 'a shorter window' : 'a longer interval or a shorter window';
          throw badRequest(`querystring.interval: ${q.interval} over this window gives more than ${MAX_POINTS} points; use ${remedy}`);
        }
        return recurrenceSeries(services.db, request.tenant.id, { from, to, interval: q.interval, groupBy: q.groupBy, limit: q.limit });
      },
    });

    app.get('/metrics/summary', {
      schema: {
        operationId: 'metricsSummary',
        tags: ['metrics'],
        summary: 'Totals, clients ranked by noise, and each theme with its trend, against the previous equal window',
        security,
        querystring: z.object({
          from: when.optional().describe('Start (default: 30 days before to)'),
          to: when.optional().describe('End, exclusive (default: now)'),
          limit: queryInt(1, 500, 50).describe('Themes to return, biggest first (1-500, default 50)'),
        }),
        response: { 200: summarySchema, 400: errorSchema, 401: errorSchema },
      },
      handler: async (request) => {
        const q = request.query;
        const { from, to } = range(q, 30);
        if (dayWindow(from, to).days > 3 * 366) throw badRequest('querystring.from: the window may span at most three years');
        return metricsSummary(services.db, request.tenant.id, { from, to, limit: q.limit });
      },
    });
  };
}
