/**
 * Inverted index from a term to the themes for which it is a top term. Each posting list is
 * capped, keeping the themes that weigh the term most, so finding candidates for a ticket costs
 * the same with 100 themes or 100,000: the cost the design asks to keep flat.
 */
import { roundWeight, type Theme } from './theme.js';

/** Top terms under which a theme is indexed. */
export const INDEX_TERMS = 12;
/** Themes kept per term; a term shared by more themes than this no longer discriminates. */
export const POSTING_CAP = 48;
/**
 * Candidates scored exactly per query. Candidates are first ranked by the part of the cosine the
 * query's strongest terms contribute (read from the postings, which hold each theme's weight
 * for the term over its norm when indexed); only the best few get the full comparison.
 */
export const SHORTLIST = 12;
/** Where a full posting list's new entry pushes the weakest out (named, not computed in put: see there). */
const LAST = POSTING_CAP - 1;

/** One per indexed theme, shared by its postings; `score` is scratch for one shortlist query. */
interface Slot { themeId: string; score: number; stamp: number }
/**
 * One term's postings, strongest first, as parallel arrays rather than an object per posting:
 * reindexing (frequent) then allocates nothing, and weights sit unboxed in a double array.
 */
interface Postings { slots: Slot[]; weights: number[] }

/**
 * Scratch for bestSlots (single-threaded, read out before the next query). Scratch arrays are
 * filled up to a count and never cut back: setting an array's length to 0 drops its backing
 * store in V8, so each query would grow a new one.
 */
const scratchBest: Slot[] = [];
/**
 * Slots the current query touched, as many as it counted. Shared, like scratchBest, rather than
 * one per index: consolidation builds new indexes, and each new empty array starts with a
 * different V8 element kind from the grown one, deopting shortlist.
 */
const scratchTouched: Slot[] = [];

/**
 * Into scratchBest, the `limit` highest-scoring of the first `n` slots (n > limit), best first,
 * ties in the order given: what a stable sort by score would put first, without sorting every
 * touched theme (a common term touches hundreds).
 */
function bestSlots(slots: readonly Slot[], n: number, limit: number): void {
  const top = scratchBest;
  let len = 0;
  for (let i = 0; i < n; i++) {
    const slot = slots[i];
    const score = slot.score;
    if (len === limit && !(score > top[limit - 1].score)) continue;
    let at = len < limit ? len++ : limit - 1;
    while (at > 0 && top[at - 1].score < score) { top[at] = top[at - 1]; at--; }
    top[at] = slot;
  }
}

/** Posting lists with terms and themes as positions in the snapshot's vocabulary and theme list. */
export type IndexJson = Array<[term: number, themes: number[], weights: number[]]>;

export class ThemeIndex {
  private readonly postings = new Map<string, Postings>();
  private readonly indexed = new Map<string, string[]>();
  private readonly slots = new Map<string, Slot>();
  private stamp = 0;

  private slotOf(themeId: string): Slot {
    let slot = this.slots.get(themeId);
    // score starts as a double (any value: each query resets it), as V8 would otherwise lay the
    // field out for small integers and, at the first double score, deprecate the shape and deopt.
    if (!slot) { slot = { themeId, score: 0.5, stamp: 0 }; this.slots.set(themeId, slot); }
    return slot;
  }

  /** (Re)indexes a theme under its current top terms. */
  put(theme: Theme): void {
    this.remove(theme.id);
    const terms = theme.topTerms(INDEX_TERMS);
    this.indexed.set(theme.id, terms);
    const slot = this.slotOf(theme.id);
    const norm = Math.sqrt(theme.norm2) || 1;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i];
      const weight = theme.weight(term) / norm;
      let list = this.postings.get(term);
      if (!list) { list = { slots: [], weights: [] }; this.postings.set(term, list); }
      const { slots, weights } = list;
      let at = slots.length;
      while (at > 0 && weights[at - 1] < weight) at--;
      if (at >= POSTING_CAP) continue;
      // Weaker postings move down one place; at the cap the weakest falls off the end. (LAST, not
      // POSTING_CAP - 1: the first full list comes late, and an operation V8 has not yet seen run
      // deopts the optimised code.)
      for (let j = slots.length < POSTING_CAP ? slots.length : LAST; j > at; j--) { slots[j] = slots[j - 1]; weights[j] = weights[j - 1]; }
      slots[at] = slot;
      weights[at] = weight;
    }
  }

  remove(themeId: string): void {
    const terms = this.indexed.get(themeId);
    if (!terms) return;
    this.indexed.delete(themeId);
    this.slots.delete(themeId);
    for (let i = 0; i < terms.length; i++) {
      const list = this.postings.get(terms[i]);
      if (!list) continue;
      const { slots, weights } = list;
      let at = 0;
      while (at < slots.length && slots[at].themeId !== themeId) at++;
      if (at < slots.length) {
        for (let j = at + 1; j < slots.length; j++) { slots[j - 1] = slots[j]; weights[j - 1] = weights[j]; }
        slots.pop();
        weights.pop();
      }
      if (slots.length === 0) this.postings.delete(terms[i]);
    }
  }

  /**
   * The themes most likely to be nearest to a vector: those sharing its strongest terms, ranked
   * by the share of the cosine those terms give, best SHORTLIST first (ties by first seen).
   */
  shortlist(terms: readonly string[], weights: ArrayLike<number>, limitTerms: number): string[] {
    // Scores live on the themes' slots, stamped per query: no map or entry arrays per ticket.
    const stamp = ++this.stamp;
    const touched = scratchTouched;
    let n = 0;
    for (let i = 0; i < terms.length && i < limitTerms; i++) {
      const list = this.postings.get(terms[i]);
      if (!list) continue;
      const q = weights[i];
      const ls = list.slots;
      const lw = list.weights;
      for (let k = 0; k < ls.length; k++) {
        const slot = ls[k];
        if (slot.stamp !== stamp) {
          slot.stamp = stamp;
          slot.score = 0;
          // Grown by push, then reused in place: a keyed store past the end, first needed by a
          // later query touching more themes, deopted the optimised code.
          if (n < touched.length) touched[n] = slot; else touched.push(slot);
          n++;
        }
        slot.score += q * lw[k];
      }
    }
    // When no more than SHORTLIST are touched they all qualify and keep their order (first seen).
    let best: readonly Slot[] = touched;
    if (n > SHORTLIST) { bestSlots(touched, n, SHORTLIST); best = scratchBest; n = SHORTLIST; }
    const out: string[] = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = best[i].themeId;
    return out;
  }

  /** Themes sharing at least one of the given terms, in a deterministic order. */
  candidates(terms: readonly string[], limitTerms: number): Set<string> {
    const out = new Set<string>();
    for (let i = 0; i < terms.length && i < limitTerms; i++) {
      const list = this.postings.get(terms[i]);
      if (list) for (const slot of list.slots) out.add(slot.themeId);
    }
    return out;
  }

  /**
   * Compact form, weights rounded. Which terms a theme is indexed under is not stored: it is
   * read back from the posting lists (a posting evicted by the cap needs no removal later).
   */
  toJSON(themePosition: ReadonlyMap<string, number>, termPosition: (term: string) => number): IndexJson {
    return [...this.postings].map(([term, list]) => [termPosition(term), list.slots.map((slot) => themePosition.get(slot.themeId)!), list.weights.map(roundWeight)]);
  }

  static fromJSON(j: IndexJson, ids: readonly string[], vocab: readonly string[]): ThemeIndex {
    const index = new ThemeIndex();
    for (const [t, at, weights] of j) {
      const term = vocab[t];
      index.postings.set(term, { slots: at.map((i) => index.slotOf(ids[i])), weights: weights.slice() });
      for (const i of at) {
        const terms = index.indexed.get(ids[i]);
        if (terms) terms.push(term); else index.indexed.set(ids[i], [term]);
      }
    }
    return index;
  }
}
