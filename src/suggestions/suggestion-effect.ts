import type { Queryable } from '../db/db.js';
import { measureEffect, NO_CLIENT, scopedEvents, type EffectResult } from '../standards/index.js';
import { FLOOD_GAP } from '../themes/theme-queries.js';
import { liveThemeIds, type StoredSuggestion } from './suggestion-store.js';

/** Event times (floods collapsed per theme and client) of these themes, per client (NO_CLIENT: tickets without one). */
async function eventsByClient(db: Queryable, tenantId: string, themeIds: string[]) {
  const r = await db.query<{ client_id: string | null; created_at: Date }>(
    `SELECT client_id, created_at FROM (
       SELECT client_id, created_at,
              created_at - lag(created_at) OVER (PARTITION BY theme_id, client_id ORDER BY created_at) AS gap
       FROM tickets WHERE tenant_id = $1 AND theme_id = ANY($2::text[])) e
     WHERE gap IS NULL OR gap > interval '${FLOOD_GAP}'`,
    [tenantId, themeIds],
  );
  const out: Record<string, Date[]> = {};
  for (const row of r.rows) (out[row.client_id ?? NO_CLIENT] ??= []).push(new Date(row.created_at));
  return out;
}

export interface SuggestionEffect {
  result: EffectResult;
  /** Weekly event counts around the implementation date, for the chart. */
  weekly: Array<{ weekStart: string; events: number }>;
}

/**
 * Before and after an implemented standard, over equal windows ending at the newest ticket (the
 * end of the data), per client in scope and overall.
 */
export async function suggestionEffect(db: Queryable, tenantId: string, s: StoredSuggestion): Promise<SuggestionEffect | null> {
  if (!s.implementation) return null;
  const themeIds = await liveThemeIds(db, tenantId, s.themeIds);
  const bounds = await db.query<{ first: Date; last: Date }>('SELECT min(created_at) AS first, max(created_at) AS last FROM tickets WHERE tenant_id = $1', [tenantId]);
  const { first, last } = bounds.rows[0];
  const events = await eventsByClient(db, tenantId, themeIds);
  const implementedAt = new Date(s.implementation.implementedAt);
  const result = measureEffect({
    eventsByClient: events,
    implementedAt,
    clientIds: s.implementation.clientIds,
    asOf: new Date(Math.max(new Date(last).getTime(), implementedAt.getTime())),
    historyStart: new Date(first),
    label: s.title,
  });
  const week = 7 * 86_400_000;
  const start = result.window.beforeStart.getTime();
  const end = result.window.afterEnd.getTime();
  const weekly = new Map<number, number>();
  for (let t = start; t < end; t += week) weekly.set(t, 0);
  for (const at of scopedEvents(events, s.implementation.clientIds)) {
    const t = at.getTime();
    if (t < start || t >= end) continue;
    const bucket = start + Math.floor((t - start) / week) * week;
    weekly.set(bucket, (weekly.get(bucket) ?? 0) + 1);
  }
  return { result, weekly: [...weekly].map(([t, n]) => ({ weekStart: new Date(t).toISOString(), events: n })) };
}
