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

/** The first format (before 2026-11-26): read so stored engines keep working; the index is rebuilt. */
interface SnapshotV1 {
  version: 1;
  config: EngineConfig;
  counter: number;
  docs: number;
  df: Array<[string, number]>;
  themes: Array<{
    id: string; kind: 'alert' | 'human'; size: number; centroid: Array<[string, number]>; template: string[] | null;
    name: string; centralTicketId: string | null; errorCodes: string[]; forms: Record<string, string>; votes: Record<string, number>;
  }>;
  templates: Array<[string, Array<{ themeId: string; tokens: string[] }>]>;
  retired: Array<[string, string]>;
}

function restoreV1(snap: SnapshotV1): EngineState {
  const s = new EngineState(snap.config);
  s.counter = snap.counter;
  s.df = new DocFrequencies(snap.docs, new Map(snap.df));
  for (const t of snap.themes) {
    const vocab = t.centroid.map(([term]) => term);
    const forms = vocab.flatMap((term, i): Array<[number, string]> => (t.forms[term] !== undefined && t.forms[term] !== term ? [[i, t.forms[term]]] : []));
    const theme = Theme.fromState({
      id: t.id, kind: t.kind, size: t.size, terms: vocab.map((_, i) => i), weights: t.centroid.map(([, w]) => w),
      votes: vocab.map((term) => t.votes[term] ?? 0), forms, template: t.template, name: t.name,
      centralTicketId: t.centralTicketId, errorCodes: t.errorCodes,
    }, vocab);
    s.themes.set(t.id, theme);
    if (theme.kind === 'human') s.index.put(theme);
  }
  s.miner = TemplateMiner.fromJSON(snap.config.templateSimilarity, snap.templates.map(([key, list]) => [key, list.map((t) => [t.themeId, t.tokens, 1, []])]));
  for (const [a, b] of snap.retired) s.retired.set(a, b);
  return s;
}

export function restoreState(raw: unknown): EngineState {
  const snap = raw as Snapshot;
  if (snap && (snap as unknown as SnapshotV1).version === 1) return restoreV1(snap as unknown as SnapshotV1);
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
