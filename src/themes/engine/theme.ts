/**
 * One theme's running state: a centroid (sum of member vectors, pruned to its strongest
 * terms so memory and snapshot size stay flat), member count, and what labels need.
 */
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
}

export function roundWeight(w: number): number {
  return Number(w.toPrecision(STORED_DIGITS));
}

export class Theme {
  size = 0;
  centroid = new Map<string, number>();
  norm2 = 0;
  errorCodes: string[] = [];
  /** Stem -> its majority surface form so far (Boyer-Moore vote, one counter per stem). */
  forms = new Map<string, string>();
  votes = new Map<string, number>();

  constructor(
    public readonly id: string,
    public kind: 'alert' | 'human',
    public name: string,
    public centralTicketId: string | null,
    public template: string[] | null = null,
  ) {}

  similarity(v: SparseVector): number {
    if (this.norm2 === 0) return 0;
    let dot = 0;
    for (let i = 0; i < v.terms.length; i++) dot += v.weights[i] * (this.centroid.get(v.terms[i]) ?? 0);
    return dot / Math.sqrt(this.norm2);
  }

  add(v: SparseVector, codes: readonly string[], forms: Record<string, string>): void {
    this.size++;
    for (let i = 0; i < v.terms.length; i++) {
      this.shift(v.terms[i], v.weights[i]);
      this.vote(v.terms[i], forms[v.terms[i]] ?? v.terms[i], 1);
    }
    this.noteCodes(codes);
    if (this.centroid.size > PRUNE_AT) this.prune();
  }

  /** Takes another theme's tickets wholesale (an engineer's merge). */
  absorb(other: Theme): void {
    this.size += other.size;
    for (const [term, w] of other.centroid) {
      this.shift(term, w);
      const form = other.forms.get(term);
      if (form !== undefined) this.vote(term, form, other.votes.get(term) ?? 1);
    }
    this.noteCodes(other.errorCodes);
    if (this.centroid.size > PRUNE_AT) this.prune();
  }

  /** Takes one ticket out (an engineer moved it elsewhere). */
  subtract(v: SparseVector): void {
    this.size = Math.max(0, this.size - 1);
    for (let i = 0; i < v.terms.length; i++) {
      const before = this.centroid.get(v.terms[i]);
      if (before === undefined) continue;
      const after = Math.max(0, before - v.weights[i]);
      this.norm2 += after * after - before * before;
      if (after < 1e-9) this.centroid.delete(v.terms[i]); else this.centroid.set(v.terms[i], after);
    }
  }

  private shift(term: string, w: number): void {
    const before = this.centroid.get(term) ?? 0;
    const after = before + w;
    this.centroid.set(term, after);
    this.norm2 += after * after - before * before;
  }

  private vote(term: string, form: string, n: number): void {
    const cur = this.forms.get(term);
    if (cur === undefined) { this.forms.set(term, form); this.votes.set(term, n); return; }
    const have = this.votes.get(term)!;
    if (cur === form) this.votes.set(term, have + n);
    else if (have <= n) { this.votes.set(term, n - have); this.forms.set(term, form); }
    else this.votes.set(term, have - n);
  }

  private noteCodes(codes: readonly string[]): void {
    for (const c of codes) if (this.errorCodes.length < 8 && !this.errorCodes.includes(c)) this.errorCodes.push(c);
  }

  /** Strongest centroid terms, strongest first. */
  topTerms(n: number): string[] {
    return [...this.centroid].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map((e) => e[0]);
  }

  /** The surface word shown for a stem. */
  formOf(term: string): string {
    return this.forms.get(term) ?? term;
  }

  prune(): void {
    const keep = [...this.centroid].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CENTROID_TERMS);
    this.setCentroid(keep);
  }

  /** Replaces the centroid (norm recomputed) and keeps label votes only for its terms. */
  private setCentroid(entries: Array<[string, number]>): void {
    this.centroid = new Map(entries);
    let n2 = 0;
    for (const [, w] of entries) n2 += w * w;
    this.norm2 = n2;
    const forms = new Map<string, string>();
    const votes = new Map<string, number>();
    for (const [term] of entries) {
      const f = this.forms.get(term);
      if (f !== undefined) { forms.set(term, f); votes.set(term, this.votes.get(term)!); }
    }
    this.forms = forms;
    this.votes = votes;
  }

  toState(termPosition: (term: string) => number): ThemeState {
    const terms = [...this.centroid.keys()];
    const forms: Array<[number, string]> = [];
    terms.forEach((term, i) => { const f = this.forms.get(term); if (f !== undefined && f !== term) forms.push([i, f]); });
    return {
      id: this.id, kind: this.kind, size: this.size, terms: terms.map(termPosition),
      weights: terms.map((term) => roundWeight(this.centroid.get(term)!)),
      votes: terms.map((term) => this.votes.get(term) ?? 0), forms,
      template: this.template, name: this.name, centralTicketId: this.centralTicketId, errorCodes: this.errorCodes,
    };
  }

  static fromState(s: ThemeState, vocab: readonly string[]): Theme {
    const t = new Theme(s.id, s.kind, s.name, s.centralTicketId, s.template);
    t.size = s.size;
    const alt = new Map(s.forms);
    const terms = s.terms.map((i) => vocab[i]);
    terms.forEach((term, i) => {
      if (s.votes[i] > 0) { t.forms.set(term, alt.get(i) ?? term); t.votes.set(term, s.votes[i]); }
    });
    t.setCentroid(terms.map((term, i) => [term, s.weights[i]]));
    t.errorCodes = s.errorCodes;
    return t;
  }
}
