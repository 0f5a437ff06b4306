/**
 * Snapshot of engine state: JSON-serialisable, with no per-ticket data, restoring behaviour
 * exactly (posting lists and templates are kept as they are, not rebuilt, because their order
 * and evictions depend on history).
 */
import { EngineState } from './state.js';
import { TemplateMiner, type Template } from './template-miner.js';
import { Theme, type ThemeState } from './theme.js';
import { ThemeIndex } from './theme-index.js';
import type { EngineConfig } from './types.js';
import { DocFrequencies } from './vectorize.js';

interface Snapshot {
  version: 1;
  config: EngineConfig;
  counter: number;
  docs: number;
  df: Array<[string, number]>;
  themes: ThemeState[];
  index: unknown;
  templates: Array<[string, Template[]]>;
  retired: Array<[string, string]>;
}

export function snapshotState(s: EngineState): Snapshot {
  return {
    version: 1, config: s.config, counter: s.counter, docs: s.df.docs, df: [...s.df.df],
    themes: [...s.themes.values()].map((t) => t.toState()), index: s.index.toJSON(),
    templates: [...s.miner.groups], retired: [...s.retired],
  };
}

export function restoreState(raw: unknown): EngineState {
  const snap = raw as Snapshot;
  if (!snap || snap.version !== 1) throw new Error('unsupported theme engine snapshot');
  const s = new EngineState(snap.config);
  s.counter = snap.counter;
  s.df = new DocFrequencies(snap.docs, new Map(snap.df));
  for (const t of snap.themes) s.themes.set(t.id, Theme.fromState(t));
  s.index = ThemeIndex.fromJSON(snap.index);
  s.miner = new TemplateMiner(snap.config.templateSimilarity, new Map(snap.templates));
  for (const [a, b] of snap.retired) s.retired.set(a, b);
  return s;
}
