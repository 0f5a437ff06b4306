/**
 * The engine's mutable state, shared by streaming assignment and consolidation, and the one
 * place that opens themes so ids come from a single counter and are never reused.
 */
import { clipName, displayName } from '../../text/display.js';
import { TemplateMiner } from './template-miner.js';
import { embeddingOf } from './embedding.js';
import { Theme } from './theme.js';
import { ThemeIndex } from './theme-index.js';
import type { EngineConfig, PreparedTicket } from './types.js';
import { DocFrequencies } from './vectorize.js';

export class EngineState {
  counter = 0;
  df = new DocFrequencies();
  readonly themes = new Map<string, Theme>();
  index = new ThemeIndex();
  miner: TemplateMiner;
  /** Retired theme id -> the theme that absorbed it (followed when old ids come back in). */
  readonly retired = new Map<string, string>();

  constructor(readonly config: EngineConfig) {
    this.miner = new TemplateMiner(config.templateSimilarity);
  }

  open(t: PreparedTicket): Theme {
    const theme = new Theme(`th_${++this.counter}`, t.kind, themeName(t), t.id);
    this.themes.set(theme.id, theme);
    return theme;
  }

  /** Reserves an id the worker already knows (a rebuild) so the counter never hands it out again. */
  adopt(id: string, kind: 'alert' | 'human'): Theme {
    const n = /^th_(\d+)$/.exec(id);
    if (n) this.counter = Math.max(this.counter, Number(n[1]));
    const theme = new Theme(id, kind, '', null);
    this.themes.set(id, theme);
    return theme;
  }

  /** The ticket's sentence embedding when embeddings are on (null otherwise, or if it has none). */
  embeddingOf(t: PreparedTicket): Float64Array | null {
    return this.config.embeddings ? embeddingOf(t) : null;
  }

  resolve(id: string): string {
    let cur = id;
    for (let hops = 0; hops < 64 && this.retired.has(cur); hops++) cur = this.retired.get(cur)!;
    return cur;
  }

  retire(fromId: string, intoId: string): void {
    this.themes.delete(fromId);
    this.index.remove(fromId);
    this.miner.redirect([[fromId, intoId]]);
    this.retired.set(fromId, intoId);
  }

  /** Retires each theme in turn into its target as it then resolves (one pass over the template miner). */
  retireAll(moves: Iterable<readonly [from: string, into: string]>): void {
    const resolved: Array<[string, string]> = [];
    for (const [fromId, intoId] of moves) {
      const to = this.resolve(intoId);
      this.themes.delete(fromId);
      this.index.remove(fromId);
      this.retired.set(fromId, to);
      resolved.push([fromId, to]);
    }
    this.miner.redirect(resolved);
  }
}

/**
 * A ticket's title as a theme name, without mask placeholders (falls back to the body, then the
 * raw masked title), and short enough to read at a glance (see clipName).
 */
export function themeName(t: PreparedTicket): string {
  return clipName(displayName(t.cleanTitle) || displayName(t.cleanText.slice(0, 80)) || t.cleanTitle || t.cleanText.slice(0, 80));
}
