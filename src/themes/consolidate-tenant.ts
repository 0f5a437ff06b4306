import type { Db, Queryable } from '../db/db.js';
import type { PendingTicket } from '../pipeline/analyser.js';
import { rebuildRollups, rollupAfterMoves } from '../metrics/rollups.js';
import type { PreparedTicket } from './engine/index.js';
import { prepareTicket, ThemeEngine } from './engine/index.js';
import { ticketBody } from './theme-analyser.js';
import type { Embedder } from './embedder.js';
import { loadDecisions, upsertThemes, type ThemeState } from './theme-state.js';

/** Another process (a worker, most often) holds the tenant's lock; `action` is what waited for it. */
export class TenantBusyError extends Error {
  constructor(tenantId: string, action: 'consolidation' | 'rebuild') {
    super(`tenant ${tenantId} is being processed by another process; the ${action} did not start (try again shortly)`);
  }
}

/**
 * Every analysed ticket with its theme. `settled`: analysed before the tenant's last
 * consolidation (the tenant lock keeps analysis and consolidation apart, so the two timestamps
 * order them); consolidation moves those only for a much better theme.
 */
async function allPrepared(tx: Queryable, tenantId: string) {
  const r = await tx.query<{ id: string; features: PreparedTicket; theme_id: string; settled: boolean }>(
    `SELECT t.id, t.features, t.theme_id, COALESCE(t.processed_at <= e.consolidated_at, false) AS settled
     FROM tickets t LEFT JOIN engine_state e ON e.tenant_id = t.tenant_id
     WHERE t.tenant_id = $1 AND t.features IS NOT NULL AND t.theme_id IS NOT NULL ORDER BY t.seq`,
    [tenantId],
  );
  return r.rows;
}

/** Writes a consolidation's outcome: moved tickets, retired themes, every live theme's new view. Returns the moves. */
async function applyResult(tx: Queryable, tenantId: string, current: Map<string, string>, result: ReturnType<ThemeEngine['consolidate']>) {
  const moves = [...result.assignments].filter(([ticketId, themeId]) => current.get(ticketId) !== themeId).map(([id, theme_id]) => ({ id, theme_id }));
  for (let i = 0; i < moves.length; i += 5000) {
    await tx.query(
      `UPDATE tickets t SET theme_id = r.theme_id FROM jsonb_to_recordset($2::jsonb) AS r(id text, theme_id text) WHERE t.tenant_id = $1 AND t.id = r.id`,
      [tenantId, JSON.stringify(moves.slice(i, i + 5000))],
    );
  }
  await upsertThemes(tx, tenantId, result.themes);
  const live = result.themes.map((t) => t.id);
  // Themes the engine no longer has: merged into another (kept as an alias) or emptied.
  await tx.query(
    `UPDATE themes SET retired_into = COALESCE($3::jsonb ->> id, id), size = 0, updated_at = now()
     WHERE tenant_id = $1 AND retired_into IS NULL AND NOT (id = ANY($2::text[]))`,
    [tenantId, live, JSON.stringify(Object.fromEntries(result.retired))],
  );
  return moves;
}

/** The consolidation job: merge, split, relabel, with engineers' decisions kept and ids stable. */
export async function consolidateTenant(db: Db, state: ThemeState, tenantId: string): Promise<{ moved: number; themes: number }> {
  const res = await db.tryWithLock(`tenant:${tenantId}`, () =>
    db
      .transaction(async (tx) => {
        const loaded = await state.load(tenantId, tx);
        const rows = await allPrepared(tx, tenantId);
        const current = new Map(rows.map((r) => [r.id, r.theme_id]));
        const result = loaded.engine.consolidate(
          rows.map((r) => ({ ticket: r.features, themeId: r.theme_id, settled: r.settled })),
          await loadDecisions(tx, tenantId),
        );
        const moves = await applyResult(tx, tenantId, current, result);
        // Rollups are keyed by theme and recurrence depends on a theme's other tickets.
        await rollupAfterMoves(tx, tenantId, moves.map((m) => m.id), moves.flatMap((m) => [m.theme_id, current.get(m.id)!]));
        await state.save(tenantId, tx, loaded, 0, true);
        return { moved: moves.length, themes: result.themes.length };
      })
      .catch((err) => {
        state.forget(tenantId);
        throw err;
      }),
  );
  if (!res.acquired) throw new TenantBusyError(tenantId, 'consolidation');
  return res.value;
}

/**
 * With embeddings on, tickets analysed while they were off get theirs now (and keep them). The
 * model runs before any transaction opens: tens of milliseconds a ticket must not hold one open
 * (on the embedded store it would block ingest). The tenant lock keeps workers away meanwhile.
 */
async function embedMissing(db: Db, tenantId: string, tickets: PreparedTicket[], embedder: Embedder): Promise<PreparedTicket[]> {
  const embedded = await embedder.embed(tickets.filter((t) => !t.embedding));
  if (embedded.length > 0) {
    await db.transaction((tx) => storeFeatures(tx, tenantId, embedded));
  }
  const byId = new Map(embedded.map((t) => [t.id, t]));
  return tickets.map((t) => byId.get(t.id) ?? t);
}

/**
 * Every analysed ticket prepared again from its stored text, in arrival order: an upgrade's
 * cleaning (better masking, more vocabulary) reaches tickets analysed before it only this way.
 * An embedding is kept when the cleaned text it was made from is the same.
 */
async function preparedAgain(tx: Queryable, tenantId: string): Promise<PreparedTicket[]> {
  type Row = Pick<PendingTicket, 'id' | 'title' | 'description' | 'notes' | 'resolution'> & { created_at: Date; features: PreparedTicket };
  const r = await tx.query<Row>(
    `SELECT id, title, description, notes, resolution, created_at, features FROM tickets
     WHERE tenant_id = $1 AND features IS NOT NULL AND theme_id IS NOT NULL ORDER BY seq`,
    [tenantId],
  );
  return r.rows.map((row) => {
    const fresh = prepareTicket({ id: row.id, title: row.title, body: ticketBody(row), createdAt: new Date(row.created_at).getTime() });
    const old = row.features;
    return old.embedding && old.cleanTitle === fresh.cleanTitle && old.cleanText === fresh.cleanText ? { ...fresh, embedding: old.embedding } : fresh;
  });
}

/** Stores tickets' prepared features (and the cleaned text shown for them). */
async function storeFeatures(tx: Queryable, tenantId: string, tickets: readonly PreparedTicket[]): Promise<void> {
  for (let i = 0; i < tickets.length; i += 1000) {
    await tx.query(
      `UPDATE tickets t SET features = r.features, clean_title = r.clean_title, clean_text = r.clean_text
       FROM jsonb_to_recordset($2::jsonb) AS r(id text, features jsonb, clean_title text, clean_text text) WHERE t.tenant_id = $1 AND t.id = r.id`,
      [tenantId, JSON.stringify(tickets.slice(i, i + 1000).map((f) => ({ id: f.id, features: f, clean_title: f.cleanTitle, clean_text: f.cleanText })))],
    );
  }
}

/**
 * Rebuilds a tenant's themes from its stored tickets: each is cleaned again with the current
 * code, then a fresh engine replays them in arrival order and consolidates. It starts over: theme
 * ids, names, pins and moves are new.
 */
export async function rebuildTenant(
  db: Db, state: ThemeState, tenantId: string, config: ConstructorParameters<typeof ThemeEngine>[0], embedder: Embedder | null = null,
) {
  const res = await db.tryWithLock(`tenant:${tenantId}`, async () => {
    let tickets = await preparedAgain(db, tenantId);
    // Embeddings are made (and stored) before the transaction, as embedMissing explains.
    if (embedder) tickets = await embedMissing(db, tenantId, tickets, embedder);
    return db.transaction(async (tx) => {
      await storeFeatures(tx, tenantId, tickets);
      const engine = new ThemeEngine(config);
      const fresh = tickets.map((ticket) => ({ ticket, themeId: engine.assign(ticket) }));
      // Old theme ids mean nothing to the new engine, so decisions naming them cannot carry over.
      const result = engine.consolidate(fresh, { pinned: new Set(), names: new Map(), ticketThemes: new Map() });
      await tx.query('DELETE FROM themes WHERE tenant_id = $1', [tenantId]);
      await tx.query('UPDATE tickets SET theme_locked = false WHERE tenant_id = $1', [tenantId]);
      const moved = (await applyResult(tx, tenantId, new Map(), result)).length;
      await rebuildRollups(tx, tenantId);
      state.forget(tenantId);
      await state.save(tenantId, tx, { engine, version: 0 }, 0, true);
      return { tickets: tickets.length, themes: result.themes.length, moved };
    });
  });
  if (!res.acquired) throw new TenantBusyError(tenantId, 'rebuild');
  return res.value;
}
