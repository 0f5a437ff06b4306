/**
 * Recurrence rollups for long windows: the same sums per month (a 15-month dashboard reads ~1/5
 * of the rows), and an index to read one group's daily rows (the top themes' series). Also
 * backfills flags and rollups for tickets processed before migration 5 (the same rules as
 * src/metrics: 30 days, ties broken on the id), so an upgraded database shows its history.
 */
export const sql = /* sql */ `
CREATE INDEX metric_rollups_key ON metric_rollups (tenant_id, dim, key, day);

CREATE TABLE metric_rollups_monthly (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  dim text NOT NULL,
  month date NOT NULL,
  key text NOT NULL,
  label text,
  tickets integer NOT NULL,
  recurring integer NOT NULL,
  repeats integer NOT NULL,
  hours double precision NOT NULL,
  resolved integer NOT NULL,
  resolve_hours double precision NOT NULL,
  PRIMARY KEY (tenant_id, dim, month, key)
);

WITH calc AS (
  SELECT id,
    COALESCE(created_at - lag(created_at) OVER (PARTITION BY tenant_id, theme_id ORDER BY created_at, id) <= interval '30 days', false) AS recurring,
    COALESCE(device_id IS NOT NULL AND created_at - lag(created_at) OVER (PARTITION BY tenant_id, device_id ORDER BY created_at, id) <= interval '30 days', false)
    OR COALESCE(contact_id IS NOT NULL AND created_at - lag(created_at) OVER (PARTITION BY tenant_id, contact_id ORDER BY created_at, id) <= interval '30 days', false) AS is_repeat
  FROM tickets WHERE theme_id IS NOT NULL)
UPDATE tickets t SET recurring = calc.recurring, is_repeat = calc.is_repeat FROM calc
WHERE t.id = calc.id AND (t.recurring IS DISTINCT FROM calc.recurring OR t.is_repeat IS DISTINCT FROM calc.is_repeat);

DELETE FROM metric_rollups;

INSERT INTO metric_rollups (tenant_id, dim, day, key, label, tickets, recurring, repeats, hours, resolved, resolve_hours)
SELECT tenant_id,
  CASE WHEN GROUPING(theme_id) = 0 THEN 'theme' WHEN GROUPING(client_key) = 0 THEN 'client' WHEN GROUPING(category_key) = 0 THEN 'category' ELSE 'all' END,
  day,
  CASE WHEN GROUPING(theme_id) = 0 THEN theme_id WHEN GROUPING(client_key) = 0 THEN client_key WHEN GROUPING(category_key) = 0 THEN category_key ELSE 'all' END,
  CASE WHEN GROUPING(client_key) = 0 THEN max(client_name) END,
  count(*), count(*) FILTER (WHERE recurring), count(*) FILTER (WHERE is_repeat), COALESCE(sum(hours_spent), 0),
  count(closed_at), COALESCE(sum(resolve_hours), 0)
FROM (
  SELECT tenant_id, (created_at AT TIME ZONE 'UTC')::date AS day, theme_id, COALESCE(client_id, '') AS client_key, client_name,
         concat_ws(' / ', category->>'board', category->>'type') AS category_key, recurring, is_repeat, hours_spent, closed_at,
         GREATEST(extract(epoch FROM closed_at - created_at) / 3600, 0) AS resolve_hours
  FROM tickets WHERE theme_id IS NOT NULL
) x
GROUP BY GROUPING SETS ((tenant_id, day), (tenant_id, day, theme_id), (tenant_id, day, client_key), (tenant_id, day, category_key));

INSERT INTO metric_rollups_monthly (tenant_id, dim, month, key, label, tickets, recurring, repeats, hours, resolved, resolve_hours)
SELECT tenant_id, dim, date_trunc('month', day::timestamp)::date, key, max(label), sum(tickets), sum(recurring), sum(repeats), sum(hours), sum(resolved), sum(resolve_hours)
FROM metric_rollups GROUP BY tenant_id, dim, date_trunc('month', day::timestamp)::date, key;
`;
