import { rollupAfterBatch } from '../metrics/rollups.js';
import type { Analyser, PendingTicket } from '../pipeline/analyser.js';
import { prepareTicket } from './engine/index.js';
import type { Embedder } from './embedder.js';
import { upsertThemes, type ThemeState } from './theme-state.js';

/** The body the engine reads: description, then notes and resolution, as the PSA recorded them. */
export function ticketBody(t: Pick<PendingTicket, 'description' | 'notes' | 'resolution'>): string {
  return [t.description ?? '', ...(t.notes ?? []).map((n) => n.text), t.resolution ?? ''].filter(Boolean).join('\n');
}

/**
 * The theme step of the pipeline: cleans each ticket, assigns it to a theme (streaming), stores
 * the prepared features (so consolidation never re-cleans), and saves the engine with the batch.
 */
export function createThemeAnalyser(state: ThemeState, embedder: Embedder | null = null): Analyser {
  return {
    async analyse(tenantId, batch, db) {
      let prepared = batch.map((t) => prepareTicket({ id: t.id, title: t.title, body: ticketBody(t), createdAt: t.createdAt.getTime() }));
      if (embedder) prepared = await embedder.embed(prepared);
      const loaded = await state.load(tenantId, db);
      const { engine } = loaded;
      const touched = new Set<string>();
      const rows = batch.map((t, i) => {
        const features = prepared[i];
        // A newer revision of a ticket keeps its theme (its text rarely changes much);
        // consolidation moves it if it now fits elsewhere better.
        const kept = t.themeId ? engine.resolve(t.themeId) : undefined;
        const themeId = kept ?? engine.assign(features);
        touched.add(themeId);
        return { id: t.id, clean_title: features.cleanTitle, clean_text: features.cleanText, features, theme_id: themeId };
      });
      const ticketsJson = JSON.stringify(rows);
      const views = [...touched].flatMap((id) => engine.theme(id) ?? []);
      const snapshot = state.serialise(loaded);
      return async (tx) => {
        await tx.query(
          `UPDATE tickets t SET clean_title = r.clean_title, clean_text = r.clean_text, features = r.features, theme_id = r.theme_id
           FROM jsonb_to_recordset($1::jsonb) AS r(id text, clean_title text, clean_text text, features jsonb, theme_id text)
           WHERE t.id = r.id`,
          [ticketsJson],
        );
        await rollupAfterBatch(tx, tenantId, rows.map((r) => r.id));
        await upsertThemes(tx, tenantId, views);
        await state.save(tenantId, tx, loaded, batch.length, false, snapshot);
      };
    },
    forget(tenantId) {
      state.forget(tenantId);
    },
  };
}
