import type { Queryable } from '../db/db.js';

export type ThemeSort = 'tickets' | 'hours' | 'clients' | 'trend' | 'recent';
export interface ThemeFilter {
  from: Date | null;
  to: Date;
  client?: string;
  minTickets: number;
  sort: ThemeSort;
  /** alert (machine-generated) or human themes only. */
  kind?: 'alert' | 'human';
  /** Words the theme's name, terms or error codes contain (case-insensitive). */
  search?: string;
}

const TREND_DAYS = 30;

/** Tickets of one theme less than this apart belong to one event (an outage flood). */
export const FLOOD_GAP = '1 hour';

const sortColumn: Record<ThemeSort, string> = {
  tickets: 'ticket_count',
  hours: 'hours',
  clients: 'client_count',
  trend: '(recent - previous)',
  recent: 'last_seen',
};

// Statistics come from the tickets themselves, within the window and client asked for. The
// trend counts (the 30 days before the window's end and the 30 before those) read tickets from
// before the window's start too: a window shorter than 60 days would otherwise find no previous
// month and call every theme rising. The aggregate is a subquery so the sort can be an
// expression over its columns (trend is recent - previous): PostgreSQL's ORDER BY takes an
// output column's name alone, not inside an expression.
const IN_WINDOW = '($2::timestamptz IS NULL OR created_at >= $2)';
const statsSql = (where: string, sort: string, themeWhere = '') => `
WITH t AS (
  SELECT theme_id, created_at, hours_spent, client_id, contact_id, device_id, ${IN_WINDOW} AS in_window,
         created_at - lag(created_at) OVER (PARTITION BY theme_id, ${IN_WINDOW} ORDER BY created_at) AS gap
  FROM tickets
  WHERE tenant_id = $1 AND theme_id IS NOT NULL AND created_at < $3
    AND ($2::timestamptz IS NULL OR created_at >= LEAST($2, $3::timestamptz - interval '${2 * TREND_DAYS} days'))
    AND ($4::text IS NULL OR client_id = $4) ${where}
)
SELECT * FROM (
SELECT th.id, COALESCE(th.name_override, th.name) AS name, th.terms, th.error_codes, th.kind, th.template, th.pinned,
       th.central_ticket_id,
       (count(*) FILTER (WHERE in_window))::int AS ticket_count,
       (count(*) FILTER (WHERE in_window AND (gap IS NULL OR gap > interval '${FLOOD_GAP}')))::int AS event_count,
       (count(DISTINCT client_id) FILTER (WHERE in_window))::int AS client_count,
       (count(DISTINCT contact_id) FILTER (WHERE in_window))::int AS contact_count,
       (count(DISTINCT device_id) FILTER (WHERE in_window))::int AS device_count,
       COALESCE(sum(hours_spent) FILTER (WHERE in_window), 0)::float8 AS hours,
       min(t.created_at) FILTER (WHERE in_window) AS first_seen, max(t.created_at) FILTER (WHERE in_window) AS last_seen,
       (count(*) FILTER (WHERE t.created_at >= $3::timestamptz - interval '${TREND_DAYS} days'))::int AS recent,
       (count(*) FILTER (WHERE t.created_at < $3::timestamptz - interval '${TREND_DAYS} days'
                          AND t.created_at >= $3::timestamptz - interval '${2 * TREND_DAYS} days'))::int AS previous
FROM t JOIN themes th ON th.tenant_id = $1 AND th.id = t.theme_id ${themeWhere}
GROUP BY th.tenant_id, th.id
HAVING count(*) FILTER (WHERE in_window) >= GREATEST($5, 1)
) AS stats
ORDER BY ${sort} DESC, id
LIMIT $6 OFFSET $7`;

export interface ThemeRow {
  id: string;
  name: string;
  terms: string[];
  error_codes: string[];
  kind: string;
  template: string | null;
  pinned: boolean;
  central_ticket_id: string | null;
  ticket_count: number;
  event_count: number;
  client_count: number;
  contact_count: number;
  device_count: number;
  hours: number;
  first_seen: Date;
  last_seen: Date;
  recent: number;
  previous: number;
}

// $9 is lower-cased by the caller; strpos, not LIKE, so % and _ in a search are plain characters.
const contains = (text: string) => `strpos(lower(${text}), $9) > 0`;
const listFilter = `AND ($8::text IS NULL OR th.kind = $8) AND ($9::text IS NULL OR ${contains('COALESCE(th.name_override, th.name)')}
  OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(th.terms || th.error_codes) AS w WHERE ${contains('w')}))`;

export async function listThemes(db: Queryable, tenantId: string, f: ThemeFilter, limit: number, offset: number): Promise<ThemeRow[]> {
  const r = await db.query<ThemeRow>(statsSql('', sortColumn[f.sort], listFilter), [
    tenantId, f.from, f.to, f.client ?? null, f.minTickets, limit, offset, f.kind ?? null, f.search?.toLowerCase() ?? null,
  ]);
  return r.rows;
}

export async function themeStats(db: Queryable, tenantId: string, themeId: string, f: Pick<ThemeFilter, 'from' | 'to' | 'client'>): Promise<ThemeRow | null> {
  const r = await db.query<ThemeRow>(statsSql('AND theme_id = $8', 'ticket_count'), [tenantId, f.from, f.to, f.client ?? null, 0, 1, 0, themeId]);
  return r.rows[0] ?? null;
}

/**
 * A live theme's figures in the window, or, when none of its tickets falls in it (a window before
 * its first ticket, another client, a theme just emptied by moving its ticket), the theme with zero
 * counts: it exists, so it is shown, not reported missing. First and last seen then span all its
 * tickets, or its creation when it has none.
 */
export async function themeSummary(db: Queryable, tenantId: string, themeId: string, f: Pick<ThemeFilter, 'from' | 'to' | 'client'>): Promise<ThemeRow | null> {
  const stats = await themeStats(db, tenantId, themeId, f);
  if (stats) return stats;
  const r = await db.query<ThemeRow>(
    `SELECT th.id, COALESCE(th.name_override, th.name) AS name, th.terms, th.error_codes, th.kind, th.template, th.pinned,
            th.central_ticket_id, 0 AS ticket_count, 0 AS event_count, 0 AS client_count, 0 AS contact_count,
            0 AS device_count, 0::float8 AS hours, COALESCE(span.first_seen, th.created_at) AS first_seen,
            COALESCE(span.last_seen, th.created_at) AS last_seen, 0 AS recent, 0 AS previous
     FROM themes th,
          LATERAL (SELECT min(created_at) AS first_seen, max(created_at) AS last_seen FROM tickets
                   WHERE tenant_id = th.tenant_id AND theme_id = th.id) AS span
     WHERE th.tenant_id = $1 AND th.id = $2 AND th.retired_into IS NULL`,
    [tenantId, themeId],
  );
  return r.rows[0] ?? null;
}

/** The theme row itself (no window), following merges: a retired id answers with its survivor. */
export async function findTheme(db: Queryable, tenantId: string, id: string): Promise<{ id: string; retired: boolean } | null> {
  let current = id;
  for (let hops = 0; hops < 20; hops++) {
    const r = await db.query<{ id: string; retired_into: string | null }>('SELECT id, retired_into FROM themes WHERE tenant_id = $1 AND id = $2', [tenantId, current]);
    const row = r.rows[0];
    if (!row) return null;
    if (row.retired_into === null) return { id: row.id, retired: current !== id };
    if (row.retired_into === row.id) return null; // emptied, merged into nothing
    current = row.retired_into;
  }
  return null;
}

export async function themeBreakdown(db: Queryable, tenantId: string, themeId: string, f: Pick<ThemeFilter, 'from' | 'to' | 'client'>) {
  const params = [tenantId, themeId, f.from, f.to, f.client ?? null];
  const scope = `tenant_id = $1 AND theme_id = $2 AND ($3::timestamptz IS NULL OR created_at >= $3) AND created_at < $4 AND ($5::text IS NULL OR client_id = $5)`;
  const group = (key: string, label: string) =>
    db.query<{ key: string | null; label: string | null; tickets: number; hours: number }>(
      `SELECT ${key} AS key, max(${label}) AS label, count(*)::int AS tickets, COALESCE(sum(hours_spent), 0)::float8 AS hours
       FROM tickets WHERE ${scope} GROUP BY 1 ORDER BY 3 DESC LIMIT 20`,
      params,
    );
  const [clients, devices, categories, daily, recentTickets] = await Promise.all([
    group('client_id', 'client_name'),
    group('device_id', 'device_name'),
    group(`COALESCE(category->>'type', category->>'board')`, `concat_ws(' / ', category->>'board', category->>'type', category->>'subtype')`),
    db.query<{ day: string; tickets: number }>(
      `SELECT to_char(date_trunc('day', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, count(*)::int AS tickets
       FROM tickets WHERE ${scope} GROUP BY 1 ORDER BY 1`,
      params,
    ),
    db.query<{ id: string; title: string; clean_title: string | null; created_at: Date; client_id: string | null }>(
      `SELECT id, title, clean_title, created_at, client_id FROM tickets WHERE ${scope} ORDER BY created_at DESC LIMIT 5`,
      params,
    ),
  ]);
  return { clients: clients.rows, devices: devices.rows, categories: categories.rows, daily: daily.rows, recentTickets: recentTickets.rows };
}
