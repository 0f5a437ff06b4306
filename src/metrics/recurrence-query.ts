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

/** Time series from the rollups: one pass over the window's rows, the top groups only. */
export async function recurrenceSeries(db: Queryable, tenantId: string, q: RecurrenceQuery) {
  const dim: Dimension = q.groupBy ?? 'all';
  const { fromDay, toDay } = dayWindow(q.from, q.to);
  const r = await db.query<Sums & { key: string; start: string; label: string | null }>(
    `WITH r AS MATERIALIZED (
       SELECT day, key, label, tickets, recurring, repeats, hours, resolved, resolve_hours FROM metric_rollups
       WHERE tenant_id = $1 AND dim = $2 AND day >= $3::date AND day < $4::date),
     top AS (SELECT key FROM r GROUP BY key ORDER BY sum(tickets) DESC, key LIMIT $6)
     SELECT r.key, to_char(date_trunc($5, r.day::timestamp), 'YYYY-MM-DD') AS start, max(r.label) AS label, ${sumColumns()}
     FROM r JOIN top USING (key) GROUP BY 1, 2`,
    [tenantId, dim, isoDay(fromDay), isoDay(toDay), q.interval, dim === 'all' ? 1 : q.limit],
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
  const keys = [...byKey.keys()].sort((a, b) => byKey.get(b)!.total - byKey.get(a)!.total || a.localeCompare(b));
  if (dim === 'all' && keys.length === 0) keys.push('all');
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
