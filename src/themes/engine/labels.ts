/**
 * Theme labels: class-based TF-IDF (Grootendorst, BERTopic) picks the terms that set a theme
 * apart; each is shown in its most frequent surface form, never as a stemmed stub. The name is
 * the cleaned title of the most central ticket.
 */
import type { PreparedTicket } from './types.js';
import { termCounts } from './vectorize.js';

export const LABEL_TERMS = 5;

export interface ClassTerms { counts: Map<string, number>; total: number }

export function classTerms(members: readonly PreparedTicket[]): ClassTerms {
  const counts = new Map<string, number>();
  let total = 0;
  for (const t of members) {
    for (const [term, n] of termCounts(t)) { counts.set(term, (counts.get(term) ?? 0) + n); total += n; }
  }
  return { counts, total };
}

/** Corpus-wide term frequencies and the mean class size in words, c-TF-IDF's denominators. */
export function corpusTerms(classes: readonly ClassTerms[]): { freq: Map<string, number>; avgWords: number } {
  const freq = new Map<string, number>();
  let words = 0;
  for (const c of classes) {
    words += c.total;
    for (const [term, n] of c.counts) freq.set(term, (freq.get(term) ?? 0) + n);
  }
  return { freq, avgWords: classes.length ? words / classes.length : 1 };
}

export function topLabelTerms(c: ClassTerms, corpus: { freq: Map<string, number>; avgWords: number }, members: readonly PreparedTicket[]): string[] {
  const scored: Array<[string, number]> = [];
  for (const [term, n] of c.counts) {
    const w = (n / Math.max(1, c.total)) * Math.log(1 + corpus.avgWords / (corpus.freq.get(term) ?? 1));
    scored.push([term, w]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return scored.slice(0, LABEL_TERMS).map(([term]) => surfaceForm(term, members));
}

/** The word members actually wrote most often for this stem. */
export function surfaceForm(term: string, members: readonly PreparedTicket[]): string {
  const seen = new Map<string, number>();
  for (const t of members) {
    if (!t.title.includes(term) && !t.body.includes(term)) continue;
    const form = t.forms[term] ?? term;
    seen.set(form, (seen.get(form) ?? 0) + 1);
  }
  let best = term;
  let bestN = 0;
  for (const [form, n] of seen) if (n > bestN || (n === bestN && form < best)) { best = form; bestN = n; }
  return best;
}
