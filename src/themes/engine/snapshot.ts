/**
 * Snapshot of engine state: JSON-serialisable, with no per-ticket data, small enough to write
 * after every batch: each term is written once (in `vocab`, with its document count) and referred
 * to by position, theme ids in the index are positions in the theme list, weights keep 5
 * significant digits, and document frequencies forget terms nobody repeated. Posting lists and
 * templates are kept as they are, not rebuilt, because their order and evictions depend on
 * history, so a restored engine assigns like the original (up to weight rounding).
 */
import { EngineState } from './state.js';
import { TemplateMiner } from './template-miner.js';
import { Theme, type ThemeState } from './theme.js';
import { ThemeIndex, type IndexJson } from './theme-index.js';
import type { EngineConfig } from './types.js';
import { DocFrequencies } from './vectorize.js';

interface Snapshot {
  version: 2;
  config: EngineConfig;
  counter: number;
  docs: number;
  /** Every term the state mentions; document counts parallel (0 = not in the DF table). */
  vocab: string[];
  df: number[];
  /** Positions of the terms first seen in the current DF window. */
  fresh: number[];
  themes: ThemeState[];
  index: IndexJson;
  templates: ReturnType<TemplateMiner['toJSON']>;
  retired: Array<[string, string]>;
}

export function snapshotState(s: EngineState): Snapshot {
  const vocab = [...s.df.df.keys()];
  const df = [...s.df.df.values()];
  const at = new Map(vocab.map((t, i) => [t, i]));
  const termPosition = (term: string): number => {
    let i = at.get(term);
    if (i === undefined) { i = vocab.length; vocab.push(term); df.push(0); at.set(term, i); }
    return i;
  };
  const themes = [...s.themes.values()];
  const themePosition = new Map(themes.map((t, i) => [t.id, i]));
  const themeStates = themes.map((t) => t.toState(termPosition));
  const index = s.index.toJSON(themePosition, termPosition);
  return {
    version: 2, config: s.config, counter: s.counter, docs: s.df.docs, vocab, df,
    fresh: [...s.df.fresh].map(termPosition), themes: themeStates, index,
    templates: s.miner.toJSON(), retired: [...s.retired],
  };
}

export function restoreState(raw: unknown): EngineState {
  const snap = raw as Snapshot;
  if (!snap || snap.version !== 2) throw new Error('unsupported theme engine snapshot');
  const s = new EngineState(snap.config);
  s.counter = snap.counter;
  const df = new Map<string, number>();
  snap.vocab.forEach((term, i) => { if (snap.df[i] > 0) df.set(term, snap.df[i]); });
  s.df = new DocFrequencies(snap.docs, df, snap.fresh.map((i) => snap.vocab[i]));
  for (const t of snap.themes) s.themes.set(t.id, Theme.fromState(t, snap.vocab));
  s.index = ThemeIndex.fromJSON(snap.index, snap.themes.map((t) => t.id), snap.vocab);
  s.miner = TemplateMiner.fromJSON(snap.config.templateSimilarity, snap.templates);
  for (const [a, b] of snap.retired) s.retired.set(a, b);
  return s;
}
