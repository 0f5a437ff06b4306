import type { Db, Queryable } from '../db/db.js';
import { conflict, notFound } from '../http/errors.js';
import type { Suggestion } from '../standards/index.js';
import { findTheme } from '../themes/theme-queries.js';

export type SuggestionStatus = 'proposed' | 'accepted' | 'rejected' | 'implemented';

/** Where a suggestion may go from each status: a small, explicit workflow. */
const allowed: Record<SuggestionStatus, SuggestionStatus[]> = {
  proposed: ['accepted', 'rejected'],
  accepted: ['implemented', 'rejected', 'proposed'],
  rejected: ['proposed', 'accepted'],
  implemented: ['accepted'],
};

export interface StoredSuggestion extends Suggestion {
  id: string;
  status: SuggestionStatus;
  implementation: { implementedAt: string; clientIds: string[] } | null;
  history: Array<{ at: string; from: string; to: string; by: string | null; note: string | null }>;
}

function fromRow(r: Record<string, any>, history: StoredSuggestion['history'] = []): StoredSuggestion {
  return {
    ...(r.body as Suggestion),
    id: r.id,
    status: r.status,
    themeIds: r.frozen_theme_ids ?? r.body.themeIds,
    implementation: r.implemented_at ? { implementedAt: new Date(r.implemented_at).toISOString(), clientIds: r.scope_client_ids ?? [] } : null,
    history,
  };
}

export async function listSuggestions(db: Queryable, tenantId: string, f: { status?: string; client?: string; from?: Date; to?: Date }, limit: number, offset: number) {
  // The window keeps suggestions with evidence seen in it (their themes' last ticket).
  const r = await db.query<Record<string, any>>(
    `SELECT s.* FROM suggestions s
     WHERE s.tenant_id = $1 AND ($2::text IS NULL OR s.status = $2)
       AND ($3::text IS NULL OR s.body->'evidence'->'clientIds' ? $3 OR s.scope_client_ids ? $3)
       AND (($4::timestamptz IS NULL AND $5::timestamptz IS NULL) OR EXISTS (SELECT 1 FROM tickets t WHERE t.tenant_id = s.tenant_id
            AND t.theme_id IN (SELECT jsonb_array_elements_text(s.body->'themeIds'))
            AND ($4::timestamptz IS NULL OR t.created_at >= $4) AND ($5::timestamptz IS NULL OR t.created_at < $5)))
     ORDER BY s.score DESC, s.id LIMIT $6 OFFSET $7`,
    [tenantId, f.status ?? null, f.client ?? null, f.from ?? null, f.to ?? null, limit, offset],
  );
  return r.rows.map((row) => fromRow(row));
}

export async function getSuggestion(db: Queryable, tenantId: string, id: string): Promise<StoredSuggestion> {
  const r = await db.query<Record<string, any>>('SELECT * FROM suggestions WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
  if (!r.rows[0]) throw notFound('suggestion');
  const h = await db.query<Record<string, any>>(
    'SELECT at, from_status, to_status, by, note FROM suggestion_events WHERE tenant_id = $1 AND suggestion_id = $2 ORDER BY at',
    [tenantId, id],
  );
  return fromRow(
    r.rows[0],
    h.rows.map((e) => ({ at: new Date(e.at).toISOString(), from: e.from_status, to: e.to_status, by: e.by, note: e.note })),
  );
}

export interface StatusChange {
  status: SuggestionStatus;
  implementedAt?: string;
  clientIds?: string[];
  by?: string;
  note?: string;
}

/**
 * Moves a suggestion along its workflow and records who, when and why. Implementing freezes the
 * themes it covers (the ones its effect is measured on) and the clients it was rolled out to.
 */
export async function changeStatus(db: Db, tenantId: string, id: string, change: StatusChange): Promise<StoredSuggestion> {
  const current = await getSuggestion(db, tenantId, id);
  if (current.status === change.status) throw conflict(`the suggestion is already ${change.status}`);
  if (!allowed[current.status].includes(change.status)) {
    throw conflict(`a ${current.status} suggestion cannot become ${change.status}; allowed: ${allowed[current.status].join(', ')}`);
  }
  const implementing = change.status === 'implemented';
  const implementedAt = implementing ? (change.implementedAt ?? new Date().toISOString()) : null;
  const clientIds = implementing ? (change.clientIds ?? current.evidence.clientIds) : null;
  const themeIds = implementing ? await liveThemeIds(db, tenantId, current.themeIds) : null;
  await db.transaction(async (tx) => {
    await tx.query(
      `UPDATE suggestions SET status = $3, implemented_at = $4, scope_client_ids = $5::jsonb, frozen_theme_ids = $6::jsonb, updated_at = now()
       WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, change.status, implementedAt, clientIds && JSON.stringify(clientIds), themeIds && JSON.stringify(themeIds)],
    );
    await tx.query(
      `INSERT INTO suggestion_events (tenant_id, suggestion_id, from_status, to_status, by, note, implemented_at, client_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
      [tenantId, id, current.status, change.status, change.by ?? null, change.note ?? null, implementedAt, clientIds && JSON.stringify(clientIds)],
    );
  });
  return getSuggestion(db, tenantId, id);
}

/** Theme ids followed through merges, so an effect is measured on the tickets as they are now. */
export async function liveThemeIds(db: Queryable, tenantId: string, ids: string[]): Promise<string[]> {
  const found = await Promise.all(ids.map((id) => findTheme(db, tenantId, id)));
  return [...new Set(found.flatMap((f) => (f ? [f.id] : [])))];
}
