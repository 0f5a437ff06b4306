import type { Queryable } from '../db/db.js';
import { addDays, dayWindow, isoDay } from './buckets.js';
import { figures, sumColumns, type Sums } from './figures.js';
import { labelsFor } from './recurrence-query.js';
import type { Dimension } from './rollups.js';
import { BASELINE_WEEKS, round, trend } from './trend.js';

export const SPARKLINE_WEEKS = 12;

interface Row extends Sums {
  key: string;
  label: string | null;
  previous: number;
  weighted: number;
  recent: number;
  baseline: number;
}

/**
 * A window's figures per dimension value, with the previous equal window, the daily-weighted sum
 * the slope needs, and the last week against its 8-week baseline: one grouped pass over rollups.
 */
async function perKey(db: Queryable, tenantId: string, dim: Dimension, w: ReturnType<typeof windows>) {
  const r = await db.query<Row>(
    `SELECT key, max(label) AS label, ${sumColumns('day >= $3::date')},
       COALESCE(sum(tickets) FILTER (WHERE day >= $5::date AND day < $3::date), 0)::int AS previous,
       COALESCE(sum(tickets * (day - $3::date)) FILTER (WHERE day >= $3::date), 0)::float8 AS weighted,
       COALESCE(sum(tickets) FILTER (WHERE day >= $6::date), 0)::int AS recent,
       COALESCE(sum(tickets) FILTER (WHERE day >= $7::date AND day < $6::date), 0)::int AS baseline
     FROM metric_rollups WHERE tenant_id = $1 AND dim = $2 AND day >= least($5::date, $7::date) AND day < $4::date
     GROUP BY key`,
    [tenantId, dim, w.from, w.to, w.previousFrom, w.recentFrom, w.baselineFrom],
  );
  return r.rows;
}

function windows(from: Date, to: Date) {
  const { fromDay, toDay, days } = dayWindow(from, to);
  const recentFrom = addDays(toDay, -Math.min(7, days));
  return {
    days,
    fromDay,
    toDay,
    from: isoDay(fromDay),
    to: isoDay(toDay),
    previousFrom: isoDay(addDays(fromDay, -days)),
    recentFrom: isoDay(recentFrom),
    baselineFrom: isoDay(addDays(recentFrom, -7 * BASELINE_WEEKS)),
  };
}

const change = (current: number, previous: number) => (previous > 0 ? round(((current - previous) / previous) * 100, 1) : null);

/** Everything an overview needs, precomputed: totals, clients by noise, themes with their trend. */
export async function metricsSummary(db: Queryable, tenantId: string, q: { from: Date; to: Date; limit: number }) {
  const w = windows(q.from, q.to);
  // Independent statements: on PostgreSQL they run on separate pooled connections at once.
  const [all, clients, themes] = await Promise.all([perKey(db, tenantId, 'all', w), perKey(db, tenantId, 'client', w), perKey(db, tenantId, 'theme', w)]);
  const total = all[0];
  const clientLabel = await labelsFor(db, tenantId, 'client', [], new Map(clients.map((c) => [c.key, c.label])));
  const topThemes = themes
    .filter((t) => t.tickets > 0 || t.previous > 0)
    .sort((a, b) => b.tickets - a.tickets || b.previous - a.previous || a.key.localeCompare(b.key))
    .slice(0, q.limit);
  const [themeLabel, sparklines] = await Promise.all([
    labelsFor(db, tenantId, 'theme', topThemes.map((t) => t.key), new Map()),
    weekly(db, tenantId, topThemes.map((t) => t.key), w.toDay),
  ]);
  return {
    from: w.from,
    to: w.to,
    previousFrom: w.previousFrom,
    totals: {
      ...figures(total ?? { tickets: 0, recurring: 0, repeats: 0, hours: 0, resolved: 0, resolve_hours: 0 }),
      previousTickets: total?.previous ?? 0,
      changePct: change(total?.tickets ?? 0, total?.previous ?? 0),
    },
    clients: clients
      .filter((c) => c.tickets > 0)
      .sort((a, b) => b.recurring - a.recurring || b.tickets - a.tickets || a.key.localeCompare(b.key))
      .map((c) => ({
        key: c.key,
        label: clientLabel(c.key),
        ...figures(c),
        shareOfTickets: total?.tickets ? round(c.tickets / total.tickets, 4) : 0,
        previousTickets: c.previous,
        changePct: change(c.tickets, c.previous),
      })),
    themes: topThemes.map((t) => ({
      key: t.key,
      label: themeLabel(t.key),
      ...figures(t),
      previousTickets: t.previous,
      ...trend({ current: t.tickets, previous: t.previous, dayWeighted: t.weighted, days: w.days, recent: t.recent, baseline: t.baseline }),
      sparkline: sparklines.get(t.key) ?? new Array<number>(SPARKLINE_WEEKS).fill(0),
    })),
  };
}

/** Weekly ticket counts for the last 12 weeks before `toDay`, oldest first. */
async function weekly(db: Queryable, tenantId: string, keys: string[], toDay: Date) {
  const out = new Map<string, number[]>();
  if (keys.length === 0) return out;
  const start = addDays(toDay, -7 * SPARKLINE_WEEKS);
  const r = await db.query<{ key: string; w: number; n: number }>(
    `SELECT key, ((day - $3::date) / 7)::int AS w, sum(tickets)::int AS n FROM metric_rollups
     WHERE tenant_id = $1 AND dim = 'theme' AND key = ANY($2::text[]) AND day >= $3::date AND day < $4::date GROUP BY 1, 2`,
    [tenantId, keys, isoDay(start), isoDay(toDay)],
  );
  for (const row of r.rows) {
    const line = out.get(row.key) ?? new Array<number>(SPARKLINE_WEEKS).fill(0);
    line[row.w] = row.n;
    out.set(row.key, line);
  }
  return out;
}
