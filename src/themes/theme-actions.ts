import type { Db, Queryable } from '../db/db.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { rollupAfterMoves } from '../metrics/rollups.js';
import type { PreparedTicket, ThemeEngine } from './engine/index.js';
import { findTheme } from './theme-queries.js';
import { upsertThemes, type ThemeState } from './theme-state.js';

/** Engineers' edits change the engine too, so they take the tenant's lock like the worker does. */
async function underTenantLock<T>(db: Db, tenantId: string, fn: () => Promise<T>): Promise<T> {
  const until = Date.now() + 10_000;
  for (;;) {
    const r = await db.tryWithLock(`tenant:${tenantId}`, fn);
    if (r.acquired) return r.value;
    if (Date.now() > until) throw conflict('the tenant is being processed right now; retry in a few seconds');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Remaining tickets read to rename a theme whose namesake left: the most recent, enough to find a central one. */
const RENAME_SAMPLE = 2000;

/**
 * A theme named after a ticket that an engineer just moved away is named again after the most
 * central of its remaining tickets (consolidation would do the same, up to ten minutes later).
 */
async function renameIfNamesakeLeft(tx: Queryable, tenantId: string, engine: ThemeEngine, themeId: string, movedIds: readonly string[]) {
  const central = engine.theme(themeId)?.centralTicketId;
  if (!central || !movedIds.includes(central)) return;
  const rest = await tx.query<{ features: PreparedTicket }>(
    `SELECT features FROM tickets WHERE tenant_id = $1 AND theme_id = $2 AND features IS NOT NULL AND NOT (id = ANY($3::text[]))
     ORDER BY created_at DESC LIMIT ${RENAME_SAMPLE}`,
    [tenantId, themeId, movedIds],
  );
  engine.renameAfterCentral(themeId, rest.rows.map((r) => r.features));
}

async function liveTheme(db: Db, tenantId: string, id: string, what = 'theme'): Promise<string> {
  const found = await findTheme(db, tenantId, id);
  if (!found) throw notFound(what);
  return found.id;
}

export function createThemeActions(db: Db, state: ThemeState) {
  return {
    /** Rename (kept across relabels) and pin (never merged away or split). */
    async update(tenantId: string, id: string, patch: { name?: string | null; pinned?: boolean }) {
      const themeId = await liveTheme(db, tenantId, id);
      await db.query(
        `UPDATE themes SET name_override = CASE WHEN $3 THEN $4 ELSE name_override END, pinned = COALESCE($5, pinned), updated_at = now()
         WHERE tenant_id = $1 AND id = $2`,
        [tenantId, themeId, patch.name !== undefined, patch.name ?? null, patch.pinned ?? null],
      );
      return themeId;
    },

    async merge(tenantId: string, fromId: string, intoId: string) {
      const from = await liveTheme(db, tenantId, fromId);
      const into = await liveTheme(db, tenantId, intoId, 'body.into: theme to merge into');
      // Ids follow merges when read, but a merge acts on the theme named: a retried or stale
      // request must not merge whichever theme absorbed this one since.
      if (from !== fromId && from !== into) throw conflict(`${fromId} has already been merged into ${from}; merge ${from} if that is the theme you mean`);
      if (from === into) {
        // Ids follow merges: two different ids meeting here means one was merged already.
        throw conflict(fromId === intoId ? 'a theme cannot be merged into itself' : `${fromId === from ? intoId : fromId} has already been merged into ${from}`);
      }
      return underTenantLock(db, tenantId, () =>
        db
          .transaction(async (tx) => {
            const loaded = await state.load(tenantId, tx);
            loaded.engine.mergeThemes(from, into);
            const moved = await tx.query<{ id: string }>('UPDATE tickets SET theme_id = $3 WHERE tenant_id = $1 AND theme_id = $2 RETURNING id', [tenantId, from, into]);
            await rollupAfterMoves(tx, tenantId, moved.rows.map((r) => r.id), [from, into]);
            await tx.query('UPDATE themes SET retired_into = $3, size = 0, pinned = false, updated_at = now() WHERE tenant_id = $1 AND id = $2', [tenantId, from, into]);
            await upsertThemes(tx, tenantId, [loaded.engine.theme(into)!]);
            await state.save(tenantId, tx, loaded, 0);
            return into;
          })
          .catch((err) => {
            state.forget(tenantId);
            throw err;
          }),
      );
    },

    /**
     * Splits tickets off a theme into a new one, optionally named; consolidation keeps them there,
     * as it keeps any ticket moved by hand. Every ticket named must be processed and in the theme,
     * and some must stay behind (a whole theme is renamed, not split). Returns the new theme's id.
     */
    async split(tenantId: string, id: string, ticketIds: readonly string[], name?: string) {
      const themeId = await liveTheme(db, tenantId, id);
      if (themeId !== id) throw conflict(`${id} has already been merged into ${themeId}; split ${themeId} if that is the theme you mean`);
      const wanted = [...new Set(ticketIds)];
      return underTenantLock(db, tenantId, () =>
        db
          .transaction(async (tx) => {
            // Read under the lock: the worker may move these tickets until it is taken.
            const r = await tx.query<{ id: string; theme_id: string | null; features: PreparedTicket | null }>(
              'SELECT id, theme_id, features FROM tickets WHERE tenant_id = $1 AND id = ANY($2::text[])',
              [tenantId, wanted],
            );
            const byId = new Map(r.rows.map((row) => [row.id, row]));
            const tickets = ticketIds.map((ticketId, i) => {
              const row = byId.get(ticketId);
              if (!row) throw notFound(`body.ticketIds[${i}]: ticket ${ticketId}`);
              if (!row.features || !row.theme_id) throw conflict(`body.ticketIds[${i}]: ticket ${ticketId} has not been processed yet; retry once its processing state is processed`);
              if (row.theme_id !== themeId) throw conflict(`body.ticketIds[${i}]: ticket ${ticketId} is in theme ${row.theme_id}, not ${themeId}`);
              return row;
            });
            const left = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets WHERE tenant_id = $1 AND theme_id = $2', [tenantId, themeId]);
            if (left.rows[0].n <= wanted.length) throw badRequest(`body.ticketIds: names every ticket of ${themeId}; leave some in it (PATCH /v1/themes/${themeId} renames a theme)`);
            const loaded = await state.load(tenantId, tx);
            const splitId = loaded.engine.splitOff([...new Map(tickets.map((t) => [t.id, t.features!])).values()], themeId);
            await renameIfNamesakeLeft(tx, tenantId, loaded.engine, themeId, wanted);
            await upsertThemes(tx, tenantId, [themeId, splitId].flatMap((t) => loaded.engine.theme(t) ?? []));
            if (name !== undefined) await tx.query('UPDATE themes SET name_override = $3 WHERE tenant_id = $1 AND id = $2', [tenantId, splitId, name]);
            await tx.query('UPDATE tickets SET theme_id = $3, theme_locked = true WHERE tenant_id = $1 AND id = ANY($2::text[])', [tenantId, wanted, splitId]);
            await rollupAfterMoves(tx, tenantId, wanted, [themeId, splitId]);
            await state.save(tenantId, tx, loaded, wanted.length);
            return splitId;
          })
          .catch((err) => {
            state.forget(tenantId);
            throw err;
          }),
      );
    },

    /** Moves a ticket by hand; consolidation keeps it where it was put. */
    async moveTicket(tenantId: string, ticketId: string, toId: string) {
      const r = await db.query<{ theme_id: string | null; features: PreparedTicket | null }>(
        'SELECT theme_id, features FROM tickets WHERE tenant_id = $1 AND id = $2',
        [tenantId, ticketId],
      );
      const ticket = r.rows[0];
      if (!ticket) throw notFound('ticket');
      if (!ticket.features || !ticket.theme_id) throw conflict('the ticket has not been processed yet; retry once its processing state is processed');
      const to = await liveTheme(db, tenantId, toId, 'body.themeId: theme');
      return underTenantLock(db, tenantId, () =>
        db
          .transaction(async (tx) => {
            const loaded = await state.load(tenantId, tx);
            const from = loaded.engine.resolve(ticket.theme_id!) ?? ticket.theme_id!;
            if (from !== to) {
              loaded.engine.moveTicket(ticket.features!, from, to);
              await renameIfNamesakeLeft(tx, tenantId, loaded.engine, from, [ticketId]);
            }
            await tx.query('UPDATE tickets SET theme_id = $3, theme_locked = true WHERE tenant_id = $1 AND id = $2', [tenantId, ticketId, to]);
            // Moving a ticket to the theme it is in pins it there; each theme is written once
            // (an upsert may not touch one row twice).
            await rollupAfterMoves(tx, tenantId, [ticketId], [...new Set([ticket.theme_id!, from, to])]);
            await upsertThemes(tx, tenantId, [...new Set([from, to])].flatMap((id) => loaded.engine.theme(id) ?? []));
            await state.save(tenantId, tx, loaded, 1);
            return to;
          })
          .catch((err) => {
            state.forget(tenantId);
            throw err;
          }),
      );
    },
  };
}

export type ThemeActions = ReturnType<typeof createThemeActions>;
