/**
 * Streaming assignment: alerts go to their Drain template's theme; human tickets join the most
 * similar theme found through the inverted index if it clears the threshold, else open a new one.
 */
import { mixSimilarity } from './embedding.js';
import type { EngineState } from './state.js';
import type { Theme } from './theme.js';
import type { PreparedTicket } from './types.js';
import { vectorize, type SparseVector } from './vectorize.js';

/** Ticket terms whose postings are searched: the strongest carry nearly all the similarity. */
const QUERY_TERMS = 8;

/** Reindexing on every add would dominate cost; sizes 1-4 then every doubling-and-a-half keeps top terms fresh. */
export function shouldReindex(size: number): boolean {
  if (size <= 4) return true;
  const p = 2 ** Math.floor(Math.log2(size));
  return size === p || size === p + p / 2;
}

export function nearestTheme(state: EngineState, v: SparseVector, e: Float64Array | null, kind: 'alert' | 'human'): { theme: Theme | null; sim: number } {
  let theme: Theme | null = null;
  let sim = -1;
  for (const id of state.index.shortlist(v.terms, v.weights, QUERY_TERMS)) {
    const cand = state.themes.get(id);
    if (!cand || cand.kind !== kind) continue;
    const s = mixSimilarity(cand.similarity(v), cand.embeddingSimilarity(e));
    if (s > sim) { theme = cand; sim = s; }
  }
  return { theme, sim };
}

/** Scratch: the arriving ticket's document frequencies, from learning it to vectorising it. */
const learnt: number[] = [];

export function assignTicket(state: EngineState, t: PreparedTicket): string {
  state.df.learn(t, learnt);
  const v = vectorize(t, state.df, learnt);
  const e = state.embeddingOf(t);
  let theme: Theme | null = null;
  if (t.kind === 'alert' && t.template) {
    const routed = state.miner.assign(t.template, () => state.open(t).id);
    theme = state.themes.get(state.resolve(routed.themeId)) ?? state.open(t);
    theme.template = [...routed.display];
  } else {
    const near = nearestTheme(state, v, e, 'human');
    theme = near.theme && near.sim >= state.config.similarity ? near.theme : state.open(t);
  }
  theme.add(v, t.errorCodes, t.forms);
  theme.addEmbedding(e);
  if (theme.kind === 'human' && shouldReindex(theme.size)) state.index.put(theme);
  return theme.id;
}
