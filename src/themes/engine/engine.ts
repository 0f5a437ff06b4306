/**
 * ThemeEngine: the facade the worker uses. Streaming assignment, engineers' merges and moves,
 * consolidation and snapshots; all pure, in-memory and deterministic.
 */
import { assignTicket } from './assign.js';
import { consolidate } from './consolidate.js';
import { defaultEngineConfig, EMBEDDINGS_SIMILARITY } from './config.js';
import { restoreState, snapshotState } from './snapshot.js';
import { EngineState, themeName } from './state.js';
import type { Theme } from './theme.js';
import type { ConsolidationEntry, ConsolidationResult, Decisions, EngineConfig, PreparedTicket, ThemeView } from './types.js';
import { vectorize } from './vectorize.js';
import { distinctForms, isLabelTerm } from './labels.js';
import { mostCentral } from './relabel.js';

const VIEW_TERMS = 5;

export class ThemeEngine {
  private state: EngineState;

  constructor(config: Partial<EngineConfig> = {}) {
    // With embeddings mixed in, unrelated tickets already share some embedding similarity, so
    // the join threshold moves up unless it was set (measured on gl-tickets: see the closing note of #3).
    const similarity = config.similarity ?? (config.embeddings ? EMBEDDINGS_SIMILARITY : defaultEngineConfig.similarity);
    this.state = new EngineState({ ...defaultEngineConfig, ...config, similarity });
  }

  get config(): EngineConfig { return this.state.config; }

  assign(t: PreparedTicket): string {
    return assignTicket(this.state, t);
  }

  /** An engineer's merge: the source id is retired for good and resolves to the target. */
  mergeThemes(fromId: string, intoId: string): void {
    const from = this.state.themes.get(this.state.resolve(fromId));
    const into = this.state.themes.get(this.state.resolve(intoId));
    if (!from || !into || from === into) return;
    into.absorb(from);
    this.state.retire(from.id, into.id);
    if (into.kind === 'human') this.state.index.put(into);
  }

  /** An engineer's move: the ticket's weight leaves one centroid and joins the other. */
  moveTicket(t: PreparedTicket, fromId: string, toId: string): void {
    const from = this.state.themes.get(this.state.resolve(fromId));
    const to = this.state.themes.get(this.state.resolve(toId));
    if (!to || from === to) return;
    const v = vectorize(t, this.state.df);
    const e = this.state.embeddingOf(t);
    from?.subtract(v);
    from?.addEmbedding(e, -1);
    to.add(v, t.errorCodes, t.forms);
    to.addEmbedding(e);
    if (to.kind === 'human') this.state.index.put(to);
  }

  /**
   * An engineer's split: the tickets leave their theme for a new one (named after the first),
   * whose id is returned. Each is then a hand-placed ticket, as after a move.
   */
  splitOff(tickets: readonly PreparedTicket[], fromId: string): string {
    const theme = this.state.open(tickets[0]);
    for (const t of tickets) this.moveTicket(t, fromId, theme.id);
    return theme.id;
  }

  /**
   * Names a theme after the most central of these tickets (its remaining ones), as relabelling
   * would: for when an engineer moved the ticket it was named after to another theme.
   */
  renameAfterCentral(themeId: string, tickets: readonly PreparedTicket[]): void {
    const theme = this.state.themes.get(this.state.resolve(themeId));
    if (!theme || tickets.length === 0) return;
    const best = mostCentral(theme, tickets, (t) => vectorize(t, this.state.df));
    theme.centralTicketId = best.id;
    theme.name = themeName(best);
  }

  consolidate(tickets: Iterable<ConsolidationEntry>, decisions: Decisions): ConsolidationResult {
    return consolidate(this.state, tickets, decisions);
  }

  themes(): ThemeView[] {
    return [...this.state.themes.values()].map(view);
  }

  theme(id: string): ThemeView | undefined {
    const t = this.state.themes.get(this.state.resolve(id));
    return t ? view(t) : undefined;
  }

  /** The theme an id now stands for (follows merges), or undefined. */
  resolve(id: string): string | undefined {
    const r = this.state.resolve(id);
    return this.state.themes.has(r) ? r : undefined;
  }

  toSnapshot(): unknown {
    return snapshotState(this.state);
  }

  static fromSnapshot(s: unknown): ThemeEngine {
    const engine = new ThemeEngine();
    engine.state = restoreState(s);
    return engine;
  }
}

function view(t: Theme): ThemeView {
  return {
    id: t.id, name: t.name, terms: distinctForms(t.topTerms(VIEW_TERMS + 4).filter(isLabelTerm).map((term) => t.formOf(term)), VIEW_TERMS),
    errorCodes: t.errorCodes, template: t.template ? t.template.join(' ') : null,
    kind: t.kind, size: t.size, centralTicketId: t.centralTicketId,
  };
}
