/**
 * TF-IDF vectors with document frequencies learned as tickets arrive (the prototype found this
 * as good as whole-corpus IDF, and it needs no second pass). Sublinear tf; the title counts
 * more than the body because it is the reporter's own summary of the problem.
 */
import { hashTerm } from './term-slots.js';
import { topK } from './top-k.js';
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

/** `hashes`: hashTerm of each term, for centroid lookups (vectorize fills it; hashesOf computes it otherwise). */
export interface SparseVector { terms: string[]; weights: number[]; hashes?: number[] }

export function hashesOf(v: SparseVector): number[] {
  return v.hashes ?? (v.hashes = v.terms.map(hashTerm));
}

export class DocFrequencies {
  /** Terms first seen in the current window (they survive the next sweep). */
  readonly fresh = new Set<string>();

  constructor(public docs = 0, public readonly df = new Map<string, number>(), fresh: Iterable<string> = []) {
    for (const term of fresh) this.fresh.add(term);
  }

  /**
   * `counts`, when given, receives each of the ticket's terms' document frequency after learning
   * (by position in docTerms(t).terms), for vectorize: the sweep keeps them all (each is either
   * fresh or seen twice), so they hold until the next ticket is learnt.
   */
  learn(t: PreparedTicket, counts?: number[]): void {
    this.docs++;
    const df = this.df;
    const terms = docTerms(t).terms;
    if (counts) counts.length = terms.length;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i];
      const n = df.get(term);
      if (n === undefined) { df.set(term, 1); this.fresh.add(term); } else df.set(term, n + 1);
      if (counts) counts[i] = n === undefined ? 1 : n + 1;
    }
    if (this.docs % DF_WINDOW === 0) this.sweep();
  }

  private sweep(): void {
    // forEach, not for-of: a for-of over entries allocates a [term, n] pair per entry.
    const { df, fresh } = this;
    df.forEach((n, term) => { if (n === 1 && !fresh.has(term)) df.delete(term); });
    this.fresh.clear();
  }

  idf(term: string): number {
    return idfOf(this.docs, this.df.get(term) ?? 0);
  }
}

function idfOf(docs: number, df: number): number {
  return Math.log((docs + 1) / (df + 1)) + 1;
}

/**
 * A ticket's distinct terms (title first, in order of first use), their weighted counts and
 * hashTerm of each: every consolidation vectorises every ticket again, and hashing its terms
 * each time cost a string walk per term.
 */
export interface DocTerms { terms: string[]; counts: number[]; hashes: number[] }

/**
 * Computed once per prepared ticket and reused by streaming, consolidation and labels (a
 * prepared ticket never changes; the cache is weak, so it lives as long as the ticket does).
 */
const docCache = new WeakMap<PreparedTicket, DocTerms>();

export function docTerms(t: PreparedTicket): DocTerms {
  const hit = docCache.get(t);
  if (hit) return hit;
  const at = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  for (const term of t.title) {
    const i = at.get(term);
    if (i === undefined) { at.set(term, terms.length); terms.push(term); counts.push(TITLE_WEIGHT); } else counts[i] += TITLE_WEIGHT;
  }
  for (const term of t.body) {
    const i = at.get(term);
    if (i === undefined) { at.set(term, terms.length); terms.push(term); counts.push(1); } else counts[i] += 1;
  }
  const hashes: number[] = new Array<number>(terms.length);
  for (let i = 0; i < terms.length; i++) hashes[i] = hashTerm(terms[i]);
  const d = { terms, counts, hashes };
  docCache.set(t, d);
  return d;
}

export function termCounts(t: PreparedTicket): Map<string, number> {
  const d = docTerms(t);
  return new Map(d.terms.map((term, i) => [term, d.counts[i]]));
}

/** Unit-length TF-IDF vector of the ticket's strongest terms, sorted by weight (strongest first). */
/** Scratch for vectorize (weights and the strongest terms' positions), grown as needed: no typed array per call. */
let scratchW = new Float64Array(256);
const scratchOrder: number[] = [];

/** `known`: the terms' document frequencies as df.learn(t, known) just reported them (saves a lookup per term). */
export function vectorize(t: PreparedTicket, df: DocFrequencies, known?: readonly number[]): SparseVector {
  const { terms, counts, hashes: termHashes } = docTerms(t);
  const n = terms.length;
  if (scratchW.length < n) scratchW = new Float64Array(2 * n);
  const w = scratchW;
  const order = scratchOrder;
  if (known) for (let i = 0; i < n; i++) w[i] = (1 + Math.log(counts[i])) * idfOf(df.docs, known[i]);
  else for (let i = 0; i < n; i++) w[i] = (1 + Math.log(counts[i])) * df.idf(terms[i]);
  const k = topK(n, MAX_VECTOR_TERMS, (a, b) => w[a] > w[b] || (w[a] === w[b] && terms[a] < terms[b]), order);
  let norm = 0;
  for (let i = 0; i < k; i++) norm += w[order[i]] * w[order[i]];
  norm = Math.sqrt(norm) || 1;
  const outTerms: string[] = new Array<string>(k);
  const outWeights: number[] = new Array<number>(k);
  const hashes: number[] = new Array<number>(k);
  for (let i = 0; i < k; i++) { outTerms[i] = terms[order[i]]; outWeights[i] = w[order[i]] / norm; hashes[i] = termHashes[order[i]]; }
  return { terms: outTerms, weights: outWeights, hashes };
}
