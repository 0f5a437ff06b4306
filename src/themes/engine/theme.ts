/**
 * One theme's running state: a centroid (sum of member vectors, pruned to its strongest
 * terms so memory and snapshot size stay flat), member count, and what labels need.
 */
import { embeddingFromState, embeddingToState } from './embedding.js';
import { hashTerm, TermSlots } from './term-slots.js';
import { topK } from './top-k.js';
import { hashesOf, type SparseVector } from './vectorize.js';

/** Centroid terms kept after pruning; a theme is described by far fewer. */
export const CENTROID_TERMS = 32;
/** Pruning sorts the centroid, so let it grow past the kept size before pruning again. */
const PRUNE_AT = 2 * CENTROID_TERMS;
/**
 * Room in a new theme's term table: one ticket brings at most 24 (MAX_VECTOR_TERMS), and most
 * themes stay that small; the table doubles as a centroid grows. (Sized for the pruned maximum,
 * every theme, including the many rebuilt in consolidation, allocated kilobytes it never used.)
 */
const INITIAL_TERMS = 32;
/** Significant digits of stored weights: far finer than any threshold, a third of the bytes. */
const STORED_DIGITS = 5;

/**
 * Compact stored form. `terms`, `weights` and `votes` are parallel; `forms` lists, by position,
 * the label votes' leading surface form where it differs from the stem.
 */
export interface ThemeState {
  id: string;
  kind: 'alert' | 'human';
  size: number;
  /** Positions in the snapshot's vocabulary. */
  terms: number[];
  weights: number[];
  votes: number[];
  forms: Array<[number, string]>;
  template: string[] | null;
  name: string;
  centralTicketId: string | null;
  errorCodes: string[];
  /** Sum of the members' sentence embeddings (base64 Float32), when embeddings are on. */
  emb?: string;
}

/**
 * Shared scratch for ranking and pruning (single-threaded, never held across calls), written up
 * to a count and never cut back (see topK).
 */
const scratch = { order: [] as number[], forms: [] as Array<string | undefined>, votes: [] as number[], w: [] as number[] };

export function roundWeight(w: number): number {
  return Number(w.toPrecision(STORED_DIGITS));
}

/**
 * The centroid is kept as parallel arrays (term, weight, surface form, vote) with a term -> slot
 * table. They are plain arrays (weights unboxed doubles), not typed arrays: a typed array of this
 * size is a separate allocation outside the heap, and consolidation builds thousands of themes.
 */
export class Theme {
  size = 0;
  /**
   * -0, not 0: a double from the start, so V8 lays the field out for doubles. Starting as the
   * small integer 0, the first add deprecated every theme's shape and deopted the code using it.
   * (-0 === 0, and every reader treats a zero norm alike.)
   */
  norm2 = -0;
  errorCodes: string[] = [];
  /** Term -> slot in the parallel arrays below; `terms` is its list of terms by slot. */
  private readonly slots = new TermSlots(INITIAL_TERMS);
  private readonly terms: readonly string[] = this.slots.terms;
  private readonly w: number[] = [];
  /** Majority surface form so far (Boyer-Moore vote, one counter per stem); undefined: no vote. */
  private forms: Array<string | undefined> = [];
  private votes: number[] = [];
  /** Sum of the members' unit sentence embeddings; null until a member brings one. */
  private emb: Float64Array | null = null;
  private embNorm2 = 0;

  constructor(
    public readonly id: string,
    public kind: 'alert' | 'human',
    public name: string,
    public centralTicketId: string | null,
    public template: string[] | null = null,
  ) {}

  /** Number of centroid terms. */
  get termCount(): number { return this.terms.length; }

  /** The centroid's weight for a term (0 if absent). */
  weight(term: string): number {
    const i = this.slots.find(term, hashTerm(term));
    return i < 0 ? 0 : this.w[i];
  }

  /** Dot product of a vector with the centroid (not normalised). */
  dot(v: SparseVector): number {
    let dot = 0;
    const slots = this.slots;
    const w = this.w;
    const hashes = hashesOf(v);
    for (let i = 0; i < v.terms.length; i++) {
      const k = slots.find(v.terms[i], hashes[i]);
      if (k >= 0) dot += v.weights[i] * w[k];
    }
    return dot;
  }

  /** Sum over this centroid's terms of weight x the other's weight for the term (not normalised). */
  centroidDot(other: Theme): number {
    let dot = 0;
    const slots = this.slots;
    for (let i = 0; i < this.terms.length; i++) {
      const k = other.slots.find(this.terms[i], slots.hashAt(i));
      dot += this.w[i] * (k < 0 ? 0 : other.w[k]);
    }
    return dot;
  }

  similarity(v: SparseVector): number {
    if (this.norm2 === 0) return 0;
    return this.dot(v) / Math.sqrt(this.norm2);
  }

  /** Dot product of a unit embedding with the embedding sum, or null when either is missing. */
  embeddingDot(e: Float64Array | null): number | null {
    const sum = this.emb;
    if (e === null || sum === null || sum.length !== e.length) return null;
    let dot = 0;
    for (let i = 0; i < e.length; i++) dot += e[i] * sum[i];
    return dot;
  }

  /** Cosine of a unit embedding with the theme's mean embedding, or null when either is missing. */
  embeddingSimilarity(e: Float64Array | null): number | null {
    const dot = this.embeddingDot(e);
    return dot === null || this.embNorm2 <= 0 ? null : dot / Math.sqrt(this.embNorm2);
  }

  /** As embeddingSimilarity, with the ticket itself taken out of the sum (it is a member). */
  embeddingSimilarityWithout(e: Float64Array | null): number | null {
    const dot = this.embeddingDot(e);
    if (dot === null) return null;
    const rest2 = this.embNorm2 - 2 * dot + 1;
    return rest2 <= 1e-9 ? 0 : (dot - 1) / Math.sqrt(rest2);
  }

  /** Cosine between two themes' mean embeddings, or null when either has none. */
  embeddingCosine(other: Theme): number | null {
    const a = this.emb;
    const b = other.emb;
    if (a === null || b === null || a.length !== b.length || this.embNorm2 <= 0 || other.embNorm2 <= 0) return null;
    let dot = 0;
    for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
    return dot / Math.sqrt(this.embNorm2 * other.embNorm2);
  }

  /** Adds (sign 1) or takes out (sign -1) one member's unit embedding. */
  addEmbedding(e: Float64Array | null, sign = 1): void {
    if (e === null) return;
    if (this.emb === null) { if (sign < 0) return; this.emb = new Float64Array(e.length); }
    if (this.emb.length !== e.length) return; // another model's vector: not comparable
    const sum = this.emb;
    let n2 = 0;
    for (let i = 0; i < e.length; i++) { sum[i] += sign * e[i]; n2 += sum[i] * sum[i]; }
    this.embNorm2 = n2;
  }

  /**
   * `vote` false skips surface-form votes (a partition that is rebuilt again before labelling);
   * `prune` false lets the centroid grow unpruned (exact, for one consolidation pass).
   */
  add(v: SparseVector, codes: readonly string[], forms: Record<string, string>, vote = true, prune = true): void {
    this.size++;
    const hashes = hashesOf(v);
    for (let i = 0; i < v.terms.length; i++) {
      const term = v.terms[i];
      const k = this.shift(term, hashes[i], v.weights[i]);
      if (vote) this.vote(k, forms[term] ?? term, 1);
    }
    this.noteCodes(codes);
    if (prune && this.terms.length > PRUNE_AT) this.prune();
  }

  /** Takes another theme's tickets wholesale (an engineer's merge). */
  absorb(other: Theme): void {
    this.size += other.size;
    for (let j = 0; j < other.terms.length; j++) {
      const k = this.shift(other.terms[j], other.slots.hashAt(j), other.w[j]);
      const form = other.forms[j];
      if (form !== undefined) this.vote(k, form, other.votes[j]);
    }
    this.noteCodes(other.errorCodes);
    if (other.emb !== null) {
      // The other theme's sum is added as a whole: addEmbedding's arithmetic works on any vector.
      this.addEmbedding(other.emb);
    }
    if (this.terms.length > PRUNE_AT) this.prune();
  }

  /** Takes one ticket out (an engineer moved it elsewhere). */
  subtract(v: SparseVector): void {
    this.size = Math.max(0, this.size - 1);
    const gone: string[] = [];
    const hashes = hashesOf(v);
    for (let i = 0; i < v.terms.length; i++) {
      const k = this.slots.find(v.terms[i], hashes[i]);
      if (k < 0) continue;
      const before = this.w[k];
      const after = Math.max(0, before - v.weights[i]);
      this.norm2 += after * after - before * before;
      this.w[k] = after;
      if (after < 1e-9) gone.push(v.terms[i]);
    }
    if (gone.length > 0) {
      const drop = new Set(gone);
      const kept = this.terms.map((_, i) => i).filter((i) => !drop.has(this.terms[i]));
      this.keep(kept, kept.length);
    }
  }

  /** Adds weight to a term's slot (opening it if needed); returns the slot. */
  private shift(term: string, h: number, dw: number): number {
    let k = this.slots.find(term, h);
    if (k < 0) {
      k = this.slots.push(term, h);
      this.w.push(0);
      this.forms.push(undefined);
      this.votes.push(0);
    }
    const before = this.w[k];
    const after = before + dw;
    this.w[k] = after;
    this.norm2 += after * after - before * before;
    return k;
  }

  private vote(k: number, form: string, n: number): void {
    const cur = this.forms[k];
    if (cur === undefined) { this.forms[k] = form; this.votes[k] = n; return; }
    const have = this.votes[k];
    if (cur === form) this.votes[k] = have + n;
    else if (have <= n) { this.votes[k] = n - have; this.forms[k] = form; }
    else this.votes[k] = have - n;
  }

  private noteCodes(codes: readonly string[]): void {
    // Most tickets bring none: returning first keeps the loop's type feedback from the few that do.
    if (codes.length === 0) return;
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i];
      // The first code makes a new array from a literal holding a string, rather than pushing
      // onto the empty one: V8 types an empty literal's elements as small integers, and the
      // push (and then includes on arrays of both element kinds) deopted add.
      if (this.errorCodes.length === 0) this.errorCodes = [c];
      else if (this.errorCodes.length < 8 && !this.errorCodes.includes(c)) this.errorCodes.push(c);
    }
  }

  /** Into `into`, the `n` strongest slots, strongest first (ties by term); returns how many. */
  private ranked(n: number, into: number[]): number {
    const w = this.w;
    const terms = this.terms;
    return topK(terms.length, n, (a, b) => w[a] > w[b] || (w[a] === w[b] && terms[a] < terms[b]), into);
  }

  /** Strongest centroid terms, strongest first (ties by term); a bounded selection, as unpruned centroids are large. */
  topTerms(n: number): string[] {
    // A loop into an array literal, not map(): map() builds its result with another V8 element
    // kind, and put, given lists of both kinds, deopted.
    const slots = scratch.order;
    const count = this.ranked(n, slots);
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.terms[slots[i]]);
    return out;
  }

  /** The surface word shown for a stem. */
  formOf(term: string): string {
    return this.votedForm(term) ?? term;
  }

  /** The members' majority surface form of a centroid term, if it was voted on. */
  votedForm(term: string): string | undefined {
    const k = this.slots.find(term, hashTerm(term));
    return k < 0 ? undefined : this.forms[k];
  }

  prune(): void {
    this.keep(scratch.order, this.ranked(CENTROID_TERMS, scratch.order));
  }

  /**
   * Keeps the first `n` of the given slots, in that order (norm recomputed); label votes stay with
   * their terms. Rewrites the arrays in place through shared scratch (pruning is frequent: no new arrays).
   */
  private keep(slots: readonly number[], n: number): void {
    const { forms: sf, votes: sv, w: sw } = scratch;
    for (let i = 0; i < n; i++) {
      const k = slots[i];
      sw[i] = this.w[k]; sf[i] = this.forms[k]; sv[i] = this.votes[k];
    }
    this.slots.retain(slots, n);
    this.w.length = n; this.forms.length = n; this.votes.length = n;
    let n2 = 0;
    for (let i = 0; i < n; i++) {
      this.w[i] = sw[i]; this.forms[i] = sf[i]; this.votes[i] = sv[i];
      n2 += sw[i] * sw[i];
    }
    this.norm2 = n2;
  }

  toState(termPosition: (term: string) => number): ThemeState {
    const forms: Array<[number, string]> = [];
    this.terms.forEach((term, i) => { const f = this.forms[i]; if (f !== undefined && f !== term) forms.push([i, f]); });
    return {
      id: this.id, kind: this.kind, size: this.size, terms: this.terms.map(termPosition),
      weights: this.terms.map((_, i) => roundWeight(this.w[i])),
      votes: this.terms.map((_, i) => (this.forms[i] === undefined ? 0 : this.votes[i])), forms,
      template: this.template, name: this.name, centralTicketId: this.centralTicketId, errorCodes: this.errorCodes,
      ...(this.emb === null ? {} : { emb: embeddingToState(this.emb) }),
    };
  }

  static fromState(s: ThemeState, vocab: readonly string[]): Theme {
    const t = new Theme(s.id, s.kind, s.name, s.centralTicketId, s.template);
    t.size = s.size;
    const alt = new Map(s.forms);
    s.terms.forEach((at, i) => {
      const term = vocab[at];
      const k = t.shift(term, hashTerm(term), s.weights[i]);
      if (s.votes[i] > 0) { t.forms[k] = alt.get(i) ?? term; t.votes[k] = s.votes[i]; }
    });
    t.errorCodes = s.errorCodes;
    const emb = embeddingFromState(s.emb);
    if (emb !== null) t.addEmbedding(emb);
    return t;
  }
}
