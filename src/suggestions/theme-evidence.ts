import type { Queryable } from '../db/db.js';
import type { ThemeStats } from '../standards/index.js';
import { FLOOD_GAP } from '../themes/theme-queries.js';

/**
 * What the standards logic needs to know about each live theme, from the stored tickets.
 * Windows are relative to the end of the data (the newest ticket), not the wall clock, so an
 * imported history reads the same whenever it is analysed.
 */
export async function themeEvidence(db: Queryable, tenantId: string, minTickets = 2): Promise<ThemeStats[]> {
  const r = await db.query<Record<string, any>>(
    `WITH t AS (
       SELECT theme_id, id, title, clean_title, created_at, hours_spent, client_id, device_id, category,
              created_at - lag(created_at) OVER (PARTITION BY theme_id ORDER BY created_at) AS gap,
              row_number() OVER (PARTITION BY theme_id ORDER BY created_at DESC) AS newest
       FROM tickets WHERE tenant_id = $1 AND theme_id IS NOT NULL
     ), bounds AS (SELECT max(created_at) AS data_end FROM t)
     SELECT th.id, COALESCE(th.name_override, th.name) AS name, th.terms, th.error_codes, th.template,
            count(*)::int AS ticket_count,
            (count(*) FILTER (WHERE gap IS NULL OR gap > interval '${FLOOD_GAP}'))::int AS events,
            COALESCE(sum(hours_spent), 0)::float8 AS hours,
            COALESCE(jsonb_agg(DISTINCT client_id) FILTER (WHERE client_id IS NOT NULL), '[]') AS client_ids,
            count(DISTINCT device_id)::int AS device_count,
            min(t.created_at) AS first_seen, max(t.created_at) AS last_seen,
            (count(*) FILTER (WHERE t.created_at > b.data_end - interval '90 days'))::int AS recent,
            (count(*) FILTER (WHERE t.created_at <= b.data_end - interval '90 days' AND t.created_at > b.data_end - interval '180 days'))::int AS previous,
            COALESCE(jsonb_agg(DISTINCT category->>'type') FILTER (WHERE category->>'type' IS NOT NULL), '[]') AS categories,
            jsonb_agg(COALESCE(clean_title, title) ORDER BY t.created_at DESC) FILTER (WHERE newest <= 5) AS sample_titles,
            jsonb_agg(t.id ORDER BY t.created_at DESC) FILTER (WHERE newest <= 5) AS example_ids
     FROM t CROSS JOIN bounds b JOIN themes th ON th.tenant_id = $1 AND th.id = t.theme_id
     GROUP BY th.tenant_id, th.id
     HAVING count(*) >= $2`,
    [tenantId, minTickets],
  );
  return r.rows.map((row) => ({
    id: row.id,
    name: row.name,
    terms: row.terms,
    errorCodes: row.error_codes,
    template: row.template,
    categories: row.categories,
    sampleTitles: row.sample_titles ?? [],
    ticketCount: row.ticket_count,
    hours: row.hours,
    clientIds: row.client_ids,
    deviceCount: row.device_count,
    events: row.events,
    firstSeen: new Date(row.first_seen),
    lastSeen: new Date(row.last_seen),
    recentTickets: row.recent,
    previousTickets: row.previous,
    exampleTicketIds: row.example_ids ?? [],
  }));
}
