/**
 * TF-IDF vectors with document frequencies learned as tickets arrive (the prototype found this
 * as good as whole-corpus IDF, and it needs no second pass). Sublinear tf; the title counts
 * more than the body because it is the reporter's own summary of the problem.
 */
import type { PreparedTicket } from './types.js';

import { K } from './xknobs.js';
export const TITLE_WEIGHT = K.titleWeight;
/** Strongest terms kept per ticket vector: bounds the cost of every similarity. */
export const MAX_VECTOR_TERMS = K.vecTerms;
/** Past this vocabulary size, terms seen in one ticket only are forgotten (they match nothing). */
const VOCAB_PRUNE_AT = 200_000;

export interface SparseVector { terms: string[]; weights: number[] }

export class DocFrequencies {
  constructor(public docs = 0, public readonly df = new Map<string, number>()) {}

  learn(t: PreparedTicket): void {
    this.docs++;
    for (const term of new Set([...t.title, ...t.body])) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    if (this.df.size > VOCAB_PRUNE_AT) {
      for (const [term, n] of this.df) if (n === 1) this.df.delete(term);
    }
  }

  idf(term: string): number {
    return Math.log((this.docs + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }
}

export function termCounts(t: PreparedTicket): Map<string, number> {
  const tf = new Map<string, number>();
  for (const term of t.title) tf.set(term, (tf.get(term) ?? 0) + TITLE_WEIGHT);
  for (const term of t.body) tf.set(term, (tf.get(term) ?? 0) + 1);
  return tf;
}

/** Unit-length TF-IDF vector of the ticket's strongest terms, sorted by weight (strongest first). */
export function vectorize(t: PreparedTicket, df: DocFrequencies): SparseVector {
  const scored: Array<[string, number]> = [];
  for (const [term, n] of termCounts(t)) scored.push([term, (1 + Math.log(n)) * df.idf(term)]);
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = scored.slice(0, MAX_VECTOR_TERMS);
  let norm = 0;
  for (const [, w] of top) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  return { terms: top.map((e) => e[0]), weights: top.map((e) => e[1] / norm) };
}
