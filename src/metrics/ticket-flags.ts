import type { Queryable } from '../db/db.js';

/** A ticket recurs when its theme had another ticket in this many days before it. */
export const RECURRENCE_DAYS = 30;
const window = `interval '${RECURRENCE_DAYS} days'`;

// "Before" breaks ties on the id, so two tickets opened in the same second count once, not twice.
const before = (p: string, t: string) => `${p}.created_at >= ${t}.created_at - ${window} AND (${p}.created_at < ${t}.created_at OR (${p}.created_at = ${t}.created_at AND ${p}.id < ${t}.id))`;

const flagsOf = (t: string) => `
  EXISTS (SELECT 1 FROM tickets p WHERE p.tenant_id = ${t}.tenant_id AND p.theme_id = ${t}.theme_id AND ${before('p', t)}) AS recurring,
  (${t}.device_id IS NOT NULL AND EXISTS (SELECT 1 FROM tickets p WHERE p.tenant_id = ${t}.tenant_id AND p.device_id = ${t}.device_id AND ${before('p', t)}))
  OR (${t}.contact_id IS NOT NULL AND EXISTS (SELECT 1 FROM tickets p WHERE p.tenant_id = ${t}.tenant_id AND p.contact_id = ${t}.contact_id AND ${before('p', t)})) AS is_repeat`;

// Adding a ticket can only turn a later neighbour's flag on, so only processed ones (a flag set)
// that are still off are looked at; unprocessed ones get theirs when their batch comes.
const laterNeighbours = (column: string, flag: string) => `
  SELECT n.id FROM b JOIN tickets n ON n.tenant_id = $1 AND n.${column} = b.${column}
    AND n.created_at >= b.created_at AND n.created_at <= b.created_at + ${window} AND n.${flag} = false AND n.id <> ALL($2::text[])`;

const changedDays = `RETURNING to_char((t.created_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day`;

/**
 * Sets the recurring and repeat flags of these tickets (just assigned a theme) and of the tickets
 * up to 30 days after each on the same theme, device or contact whose flag is still off, which a
 * newcomer turns on (history imported out of order). Index lookups only. Returns the days whose
 * flags changed. (A revision that moves a ticket to another device or contact leaves its old
 * neighbours' flags as they were until a rebuild.)
 */
export async function refreshTicketFlags(tx: Queryable, tenantId: string, ticketIds: string[]): Promise<string[]> {
  if (ticketIds.length === 0) return [];
  const r = await tx.query<{ day: string }>(
    `WITH b AS (SELECT id, theme_id, device_id, contact_id, created_at FROM tickets WHERE tenant_id = $1 AND id = ANY($2::text[])),
     cand AS (SELECT id FROM b UNION ${laterNeighbours('theme_id', 'recurring')} UNION ${laterNeighbours('device_id', 'is_repeat')} UNION ${laterNeighbours('contact_id', 'is_repeat')}),
     calc AS (SELECT c.id, ${flagsOf('c')} FROM tickets c JOIN cand USING (id) WHERE c.tenant_id = $1 AND c.theme_id IS NOT NULL)
     UPDATE tickets t SET recurring = calc.recurring, is_repeat = calc.is_repeat FROM calc
     WHERE t.id = calc.id AND (t.recurring IS DISTINCT FROM calc.recurring OR t.is_repeat IS DISTINCT FROM calc.is_repeat)
     ${changedDays}`,
    [tenantId, ticketIds],
  );
  return r.rows.map((x) => x.day);
}

/**
 * Recomputes the recurring flag of every ticket of these themes after tickets moved between them
 * (consolidation, a merge, a hand move). Repeat flags do not depend on themes. Returns changed days.
 */
export async function refreshThemeFlags(tx: Queryable, tenantId: string, themeIds: string[]): Promise<string[]> {
  if (themeIds.length === 0) return [];
  const r = await tx.query<{ day: string }>(
    `WITH calc AS (
       SELECT id, COALESCE(created_at - lag(created_at) OVER (PARTITION BY theme_id ORDER BY created_at, id) <= ${window}, false) AS recurring
       FROM tickets WHERE tenant_id = $1 AND theme_id = ANY($2::text[]))
     UPDATE tickets t SET recurring = calc.recurring FROM calc
     WHERE t.id = calc.id AND t.recurring IS DISTINCT FROM calc.recurring
     ${changedDays}`,
    [tenantId, themeIds],
  );
  return r.rows.map((x) => x.day);
}

/** Every flag of a tenant from scratch, with window functions (a rebuild). */
export async function refreshAllFlags(tx: Queryable, tenantId: string): Promise<void> {
  const gap = (partition: string) => `created_at - lag(created_at) OVER (PARTITION BY ${partition} ORDER BY created_at, id) <= ${window}`;
  await tx.query(
    `WITH calc AS (
       SELECT id, COALESCE(${gap('theme_id')}, false) AS recurring,
              COALESCE(device_id IS NOT NULL AND ${gap('device_id')}, false) OR COALESCE(contact_id IS NOT NULL AND ${gap('contact_id')}, false) AS is_repeat
       FROM tickets WHERE tenant_id = $1 AND theme_id IS NOT NULL)
     UPDATE tickets t SET recurring = calc.recurring, is_repeat = calc.is_repeat FROM calc
     WHERE t.id = calc.id AND (t.recurring IS DISTINCT FROM calc.recurring OR t.is_repeat IS DISTINCT FROM calc.is_repeat)`,
    [tenantId],
  );
}
