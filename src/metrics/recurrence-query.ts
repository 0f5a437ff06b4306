import type { Queryable } from '../db/db.js';
import { bucketStarts, dayWindow, isoDay, type Interval } from './buckets.js';
import { emptySums, figures, noCategory, noClient, sumColumns, type Sums } from './figures.js';
import type { Dimension } from './rollups.js';

export type GroupBy = Exclude<Dimension, 'all'>;

export interface RecurrenceQuery {
  from: Date;
  to: Date;
  interval: Interval;
  groupBy?: GroupBy;
  /** Series to return when grouped: the biggest by tickets in the window. */
  limit: number;
}

/** Labels for series keys: theme names as engineers see them now, client names as last recorded. */
export async function labelsFor(db: Queryable, tenantId: string, dim: Dimension, keys: string[], recorded: Map<string, string | null>) {
  if (dim === 'theme') {
    const r = await db.query<{ id: string; name: string }>(
      'SELECT id, COALESCE(name_override, name) AS name FROM themes WHERE tenant_id = $1 AND id = ANY($2::text[])',
      [tenantId, keys],
    );
    const names = new Map(r.rows.map((x) => [x.id, x.name]));
    return (key: string) => names.get(key) ?? key;
  }
  if (dim === 'client') return (key: string) => recorded.get(key) || key || noClient;
  if (dim === 'category') return (key: string) => key || noCategory;
  return () => 'All tickets';
}

/**
 * The rollup rows covering [fromDay, toDay) for $1 tenant and $2 dimension, as few as possible:
 * monthly rows for the whole months inside, daily rows for the days at either edge (or daily rows
 * only). Its parameters start at $3; pass `params` after the tenant and dimension.
 */
export function rollupRows(fromDay: Date, toDay: Date, useMonths = true) {
  const firstMonth = new Date(Date.UTC(fromDay.getUTCFullYear(), fromDay.getUTCMonth() + (fromDay.getUTCDate() === 1 ? 0 : 1), 1));
  const endMonths = new Date(Date.UTC(toDay.getUTCFullYear(), toDay.getUTCMonth(), 1));
  const cols = 'key, label, tickets, recurring, repeats, hours, resolved, resolve_hours';
  if (!useMonths || firstMonth >= endMonths) {
    return { sql: `SELECT day, ${cols} FROM metric_rollups WHERE tenant_id = $1 AND dim = $2 AND day >= $3::date AND day < $4::date`, params: [isoDay(fromDay), isoDay(toDay)] };
  }
  return {
    sql: `SELECT day, ${cols} FROM metric_rollups WHERE tenant_id = $1 AND dim = $2 AND ((day >= $3::date AND day < $4::date) OR (day >= $5::date AND day < $6::date))
       UNION ALL SELECT month AS day, ${cols} FROM metric_rollups_monthly WHERE tenant_id = $1 AND dim = $2 AND month >= $4::date AND month < $5::date`,
    params: [isoDay(fromDay), isoDay(firstMonth), isoDay(endMonths), isoDay(toDay)],
  };
}

/** Time series from the rollups: one pass over the window's rows, the top groups only. */
export async function recurrenceSeries(db: Queryable, tenantId: string, q: RecurrenceQuery) {
  const dim: Dimension = q.groupBy ?? 'all';
  const { fromDay, toDay } = dayWindow(q.from, q.to);
  const rows = rollupRows(fromDay, toDay);
  // Two plain statements: the top groups by tickets in the window, then only their rows.
  const keys =
    dim === 'all'
      ? ['all']
      : (
          await db.query<{ key: string }>(`SELECT key FROM (${rows.sql}) r GROUP BY key ORDER BY sum(tickets) DESC, key LIMIT $${rows.params.length + 3}`, [
            tenantId,
            dim,
            ...rows.params,
            q.limit,
          ])
        ).rows.map((x) => x.key);
  // Monthly buckets read monthly rows where whole months fit; finer buckets need the daily rows.
  const source = q.interval === 'month' ? rows : rollupRows(fromDay, toDay, false);
  const n = source.params.length;
  const r = await db.query<Sums & { key: string; start: string; label: string | null }>(
    `SELECT key, to_char(date_trunc($${n + 4}, day::timestamp), 'YYYY-MM-DD') AS start, max(label) AS label, ${sumColumns()}
     FROM (${source.sql}) r WHERE key = ANY($${n + 3}::text[]) GROUP BY 1, 2`,
    [tenantId, dim, ...source.params, keys, q.interval],
  );
  const starts = bucketStarts(fromDay, toDay, q.interval);
  const byKey = new Map<string, { total: number; points: Map<string, Sums> }>();
  const recorded = new Map<string, string | null>();
  for (const row of r.rows) {
    const s = byKey.get(row.key) ?? { total: 0, points: new Map() };
    s.total += row.tickets;
    s.points.set(row.start, row);
    byKey.set(row.key, s);
    if (row.label) recorded.set(row.key, row.label);
  }
  keys.sort((a, b) => (byKey.get(b)?.total ?? 0) - (byKey.get(a)?.total ?? 0) || a.localeCompare(b));
  const label = await labelsFor(db, tenantId, dim, keys, recorded);
  return {
    interval: q.interval,
    series: keys.map((key) => ({
      key,
      label: label(key),
      points: starts.map((start) => ({ start, ...figures(byKey.get(key)?.points.get(start) ?? emptySums) })),
    })),
  };
}
