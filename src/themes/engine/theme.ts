/**
 * One theme's running state: a centroid (sum of member vectors, pruned to its strongest
 * terms so memory and snapshot size stay flat), member count, and what labels need.
 */
import { embeddingFromState, embeddingToState } from './embedding.js';
import type { SparseVector } from './vectorize.js';

/** Centroid terms kept after pruning; a theme is described by far fewer. */
export const CENTROID_TERMS = 32;
/** Pruning sorts the centroid, so let it grow past the kept size before pruning again. */
const PRUNE_AT = 2 * CENTROID_TERMS;
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

/** Shared scratch for pruning (single-threaded, never held across calls). */
const scratch = { order: [] as number[], terms: [] as string[], forms: [] as Array<string | undefined>, votes: [] as number[], w: new Float64Array(256) };

export function roundWeight(w: number): number {
  return Number(w.toPrecision(STORED_DIGITS));
}

/**
 * The centroid is kept as parallel arrays (term, weight, surface form, vote) with a term -> slot
 * map: weights sit in a typed array, so adding a ticket allocates nothing per term.
 */
export class Theme {
  size = 0;
  norm2 = 0;
  errorCodes: string[] = [];
  /** Term -> slot in the parallel arrays below. */
  private slot = new Map<string, number>();
  private terms: string[] = [];
  private w = new Float64Array(PRUNE_AT + 32);
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
    const i = this.slot.get(term);
    return i === undefined ? 0 : this.w[i];
  }

  /** Calls f for every centroid term and weight. */
  forEachTerm(f: (term: string, w: number) => void): void {
    for (let i = 0; i < this.terms.length; i++) f(this.terms[i], this.w[i]);
  }

  /** Dot product of a vector with the centroid (not normalised). */
  dot(v: SparseVector): number {
    let dot = 0;
    const slot = this.slot;
    const w = this.w;
    for (let i = 0; i < v.terms.length; i++) {
      const k = slot.get(v.terms[i]);
      if (k !== undefined) dot += v.weights[i] * w[k];
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
    for (let i = 0; i < v.terms.length; i++) {
      const term = v.terms[i];
      const k = this.shift(term, v.weights[i]);
      if (vote) this.vote(k, forms[term] ?? term, 1);
    }
    this.noteCodes(codes);
    if (prune && this.terms.length > PRUNE_AT) this.prune();
  }

  /** Takes another theme's tickets wholesale (an engineer's merge). */
  absorb(other: Theme): void {
    this.size += other.size;
    for (let j = 0; j < other.terms.length; j++) {
      const k = this.shift(other.terms[j], other.w[j]);
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
    for (let i = 0; i < v.terms.length; i++) {
      const k = this.slot.get(v.terms[i]);
      if (k === undefined) continue;
      const before = this.w[k];
      const after = Math.max(0, before - v.weights[i]);
      this.norm2 += after * after - before * before;
      this.w[k] = after;
      if (after < 1e-9) gone.push(v.terms[i]);
    }
    if (gone.length > 0) {
      const drop = new Set(gone);
      this.keep(this.terms.map((_, i) => i).filter((i) => !drop.has(this.terms[i])));
    }
  }

  /** Adds weight to a term's slot (opening it if needed); returns the slot. */
  private shift(term: string, dw: number): number {
    let k = this.slot.get(term);
    if (k === undefined) {
      k = this.terms.length;
      if (k >= this.w.length) { const grown = new Float64Array(this.w.length * 2); grown.set(this.w); this.w = grown; }
      this.slot.set(term, k);
      this.terms.push(term);
      this.forms.push(undefined);
      this.votes.push(0);
      this.w[k] = 0;
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
    for (const c of codes) if (this.errorCodes.length < 8 && !this.errorCodes.includes(c)) this.errorCodes.push(c);
  }

  /** Slots, strongest first (ties by term). */
  private ranked(into: number[] = []): number[] {
    const n = this.terms.length;
    into.length = n;
    for (let i = 0; i < n; i++) into[i] = i;
    const w = this.w;
    const terms = this.terms;
    into.sort((a, b) => w[b] - w[a] || (terms[a] < terms[b] ? -1 : 1));
    return into;
  }

  /** Strongest centroid terms, strongest first (ties by term). A bounded insertion, not a full sort: unpruned centroids are large. */
  topTerms(n: number): string[] {
    const w = this.w;
    const terms = this.terms;
    const top: number[] = [];
    const before = (a: number, b: number): boolean => w[a] > w[b] || (w[a] === w[b] && terms[a] < terms[b]);
    for (let i = 0; i < terms.length; i++) {
      if (top.length === n && !before(i, top[n - 1])) continue;
      let at = top.length;
      while (at > 0 && before(i, top[at - 1])) at--;
      top.splice(at, 0, i);
      if (top.length > n) top.pop();
    }
    return top.map((i) => terms[i]);
  }

  /** The surface word shown for a stem. */
  formOf(term: string): string {
    return this.votedForm(term) ?? term;
  }

  /** The members' majority surface form of a centroid term, if it was voted on. */
  votedForm(term: string): string | undefined {
    const k = this.slot.get(term);
    return k === undefined ? undefined : this.forms[k];
  }

  prune(): void {
    const order = this.ranked(scratch.order);
    if (order.length > CENTROID_TERMS) order.length = CENTROID_TERMS;
    this.keep(order);
  }

  /**
   * Keeps the given slots, in that order (norm recomputed); label votes stay with their terms.
   * Rewrites the arrays in place through shared scratch (pruning is frequent: no new arrays).
   */
  private keep(slots: readonly number[]): void {
    const n = slots.length;
    if (scratch.w.length < n) scratch.w = new Float64Array(2 * n);
    const { terms: st, forms: sf, votes: sv, w: sw } = scratch;
    st.length = n; sf.length = n; sv.length = n;
    for (let i = 0; i < n; i++) {
      const k = slots[i];
      st[i] = this.terms[k]; sw[i] = this.w[k]; sf[i] = this.forms[k]; sv[i] = this.votes[k];
    }
    this.slot.clear();
    this.terms.length = n; this.forms.length = n; this.votes.length = n;
    let n2 = 0;
    for (let i = 0; i < n; i++) {
      this.terms[i] = st[i]; this.w[i] = sw[i]; this.forms[i] = sf[i]; this.votes[i] = sv[i];
      n2 += sw[i] * sw[i];
      this.slot.set(st[i], i);
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
      const k = t.shift(term, s.weights[i]);
      if (s.votes[i] > 0) { t.forms[k] = alt.get(i) ?? term; t.votes[k] = s.votes[i]; }
    });
    t.errorCodes = s.errorCodes;
    const emb = embeddingFromState(s.emb);
    if (emb !== null) t.addEmbedding(emb);
    return t;
  }
}
