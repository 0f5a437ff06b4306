import type { Queryable } from '../db/db.js';
import { ThemeEngine, type Decisions, type EngineConfig, type ThemeView } from './engine/index.js';

/**
 * Loads and saves a tenant's engine. Workers keep engines in memory between batches and reload
 * when the stored version moved on (another worker processed the tenant meanwhile).
 */
export function createThemeState(config: Partial<EngineConfig>) {
  const cache = new Map<string, { engine: ThemeEngine; version: number }>();

  return {
    async load(tenantId: string, tx: Queryable): Promise<{ engine: ThemeEngine; version: number }> {
      const r = await tx.query<{ version: number }>('SELECT version FROM engine_state WHERE tenant_id = $1', [tenantId]);
      const stored = r.rows[0]?.version ?? 0;
      const hit = cache.get(tenantId);
      if (hit && hit.version === Number(stored)) return hit;
      let engine: ThemeEngine;
      if (stored === 0) engine = new ThemeEngine(config);
      else {
        const s = await tx.query<{ snapshot: string }>('SELECT snapshot FROM engine_state WHERE tenant_id = $1', [tenantId]);
        engine = ThemeEngine.fromSnapshot(JSON.parse(s.rows[0].snapshot));
      }
      const loaded = { engine, version: Number(stored) };
      cache.set(tenantId, loaded);
      return loaded;
    },

    serialise(loaded: { engine: ThemeEngine }): string {
      return JSON.stringify(loaded.engine.toSnapshot());
    },

    async save(
      tenantId: string,
      tx: Queryable,
      loaded: { engine: ThemeEngine; version: number },
      changed: number,
      consolidated = false,
      snapshot = JSON.stringify(loaded.engine.toSnapshot()),
    ) {
      const r = await tx.query<{ version: number }>(
        `INSERT INTO engine_state (tenant_id, snapshot, changed_since_consolidation, consolidated_at)
         VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END)
         ON CONFLICT (tenant_id) DO UPDATE SET snapshot = EXCLUDED.snapshot, version = engine_state.version + 1,
           changed_since_consolidation = CASE WHEN $4 THEN 0 ELSE engine_state.changed_since_consolidation + $3 END,
           consolidated_at = CASE WHEN $4 THEN now() ELSE engine_state.consolidated_at END, updated_at = now()
         RETURNING version`,
        [tenantId, snapshot, changed, consolidated],
      );
      loaded.version = Number(r.rows[0].version);
    },

    forget(tenantId: string) {
      cache.delete(tenantId);
    },
  };
}

export type ThemeState = ReturnType<typeof createThemeState>;

/** Writes the engine's view of these themes; an engineer's name and pin are kept. */
export async function upsertThemes(tx: Queryable, tenantId: string, views: ThemeView[]) {
  if (views.length === 0) return;
  await tx.query(
    `INSERT INTO themes (tenant_id, id, name, terms, error_codes, template, kind, size, central_ticket_id)
     SELECT $1, v.id, v.name, v.terms, v.error_codes, v.template, v.kind, v.size, v.central_ticket_id
     FROM jsonb_to_recordset($2::jsonb) AS v(id text, name text, terms jsonb, error_codes jsonb, template text, kind text, size int, central_ticket_id text)
     ON CONFLICT (tenant_id, id) DO UPDATE SET name = EXCLUDED.name, terms = EXCLUDED.terms, error_codes = EXCLUDED.error_codes,
       template = EXCLUDED.template, kind = EXCLUDED.kind, size = EXCLUDED.size, central_ticket_id = EXCLUDED.central_ticket_id,
       retired_into = NULL, updated_at = now()`,
    [
      tenantId,
      JSON.stringify(
        views.map((v) => ({ id: v.id, name: v.name, terms: v.terms, error_codes: v.errorCodes, template: v.template, kind: v.kind, size: v.size, central_ticket_id: v.centralTicketId })),
      ),
    ],
  );
}

/** Engineers' decisions, as the engine's consolidation must honour them. */
export async function loadDecisions(tx: Queryable, tenantId: string): Promise<Decisions> {
  const themes = await tx.query<{ id: string; pinned: boolean; name_override: string | null }>(
    'SELECT id, pinned, name_override FROM themes WHERE tenant_id = $1 AND retired_into IS NULL AND (pinned OR name_override IS NOT NULL)',
    [tenantId],
  );
  const moved = await tx.query<{ id: string; theme_id: string }>('SELECT id, theme_id FROM tickets WHERE tenant_id = $1 AND theme_locked', [tenantId]);
  return {
    pinned: new Set(themes.rows.filter((t) => t.pinned).map((t) => t.id)),
    names: new Map(themes.rows.filter((t) => t.name_override).map((t) => [t.id, t.name_override!])),
    ticketThemes: new Map(moved.rows.map((t) => [t.id, t.theme_id])),
  };
}
