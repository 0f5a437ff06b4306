/**
 * One theme's running state: a centroid (sum of member vectors, pruned to its strongest
 * terms so memory and snapshot size stay flat), member count, and what labels need.
 */
import type { SparseVector } from './vectorize.js';

/** Centroid terms kept after pruning; a theme is described by far fewer. */
import { K } from './xknobs.js';
export const CENTROID_TERMS = K.centroidTerms;
/** Pruning sorts the centroid, so let it grow well past the kept size before pruning again. */
const PRUNE_AT = 4 * CENTROID_TERMS;

export interface ThemeState {
  id: string;
  kind: 'alert' | 'human';
  size: number;
  centroid: Array<[string, number]>;
  norm2: number;
  template: string[] | null;
  name: string;
  centralTicketId: string | null;
  errorCodes: string[];
  forms: Record<string, string>;
  votes: Record<string, number>;
}

export class Theme {
  size = 0;
  centroid = new Map<string, number>();
  norm2 = 0;
  errorCodes: string[] = [];
  /** Stem -> its majority surface form so far (Boyer-Moore vote, one counter per stem). */
  forms: Record<string, string> = {};
  votes: Record<string, number> = {};

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
      if (other.forms[term] !== undefined) this.vote(term, other.forms[term], other.votes[term] ?? 1);
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
    const cur = this.forms[term];
    if (cur === form) this.votes[term] += n;
    else if (cur === undefined || this.votes[term] <= n) { this.votes[term] = cur === undefined ? n : n - this.votes[term]; this.forms[term] = form; }
    else this.votes[term] -= n;
  }

  private noteCodes(codes: readonly string[]): void {
    for (const c of codes) if (this.errorCodes.length < 8 && !this.errorCodes.includes(c)) this.errorCodes.push(c);
  }

  /** Strongest centroid terms, strongest first. */
  topTerms(n: number): string[] {
    return [...this.centroid].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map((e) => e[0]);
  }

  prune(): void {
    const keep = [...this.centroid].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CENTROID_TERMS);
    this.centroid = new Map(keep);
    this.norm2 = keep.reduce((s, [, w]) => s + w * w, 0);
    const forms: Record<string, string> = {};
    const votes: Record<string, number> = {};
    for (const [term] of keep) {
      if (this.forms[term] !== undefined) { forms[term] = this.forms[term]; votes[term] = this.votes[term]; }
    }
    this.forms = forms;
    this.votes = votes;
  }

  toState(): ThemeState {
    return {
      id: this.id, kind: this.kind, size: this.size, centroid: [...this.centroid], norm2: this.norm2, template: this.template,
      name: this.name, centralTicketId: this.centralTicketId, errorCodes: this.errorCodes, forms: this.forms, votes: this.votes,
    };
  }

  static fromState(s: ThemeState): Theme {
    const t = new Theme(s.id, s.kind, s.name, s.centralTicketId, s.template);
    t.size = s.size;
    t.centroid = new Map(s.centroid);
    t.norm2 = s.norm2;
    t.errorCodes = s.errorCodes;
    t.forms = s.forms;
    t.votes = s.votes;
    return t;
  }
}
