/**
 * TF-IDF vectors with document frequencies learned as tickets arrive (the prototype found this
 * as good as whole-corpus IDF, and it needs no second pass). Sublinear tf; the title counts
 * more than the body because it is the reporter's own summary of the problem.
 */
import type { PreparedTicket } from './types.js';

export const TITLE_WEIGHT = 2;
/** Strongest terms kept per ticket vector: bounds the cost of every similarity. */
export const MAX_VECTOR_TERMS = 24;
/**
 * Every this many documents, terms seen in one document only, and not in the latest window,
 * are forgotten: a word nobody repeated within a window (a name, a typo, a pasted id) matches
 * nothing, and keeping it would grow memory and every snapshot with the stream. If it returns
 * it starts again from one, which moves its IDF by log(3/2) at most.
 */
export const DF_WINDOW = 1000;

export interface SparseVector { terms: string[]; weights: number[] }

export class DocFrequencies {
  /** Terms first seen in the current window (they survive the next sweep). */
  readonly fresh = new Set<string>();

  constructor(public docs = 0, public readonly df = new Map<string, number>(), fresh: Iterable<string> = []) {
    for (const term of fresh) this.fresh.add(term);
  }

  learn(t: PreparedTicket): void {
    this.docs++;
    const seen = new Set<string>();
    for (const list of [t.title, t.body]) {
      for (const term of list) {
        if (seen.has(term)) continue;
        seen.add(term);
        const n = this.df.get(term);
        if (n === undefined) { this.df.set(term, 1); this.fresh.add(term); } else this.df.set(term, n + 1);
      }
    }
    if (this.docs % DF_WINDOW === 0) this.sweep();
  }

  private sweep(): void {
    for (const [term, n] of this.df) if (n === 1 && !this.fresh.has(term)) this.df.delete(term);
    this.fresh.clear();
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
