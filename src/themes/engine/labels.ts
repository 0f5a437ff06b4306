/**
 * Theme labels: class-based TF-IDF (Grootendorst, BERTopic) picks the terms that set a theme
 * apart; each is shown in its majority surface form among members, never as a stemmed stub. The name is
 * the cleaned title of the most central ticket.
 */
import type { PreparedTicket } from './types.js';
import { isCjk, isPlaceholder } from '../../text/tokenize.js';
import { docTerms } from './vectorize.js';

export const LABEL_TERMS = 5;

export interface ClassTerms { counts: Map<string, number>; total: number }

export function classTerms(members: readonly PreparedTicket[]): ClassTerms {
  const counts = new Map<string, number>();
  let total = 0;
  for (const t of members) {
    const d = docTerms(t);
    for (let i = 0; i < d.terms.length; i++) {
      const n = d.counts[i];
      counts.set(d.terms[i], (counts.get(d.terms[i]) ?? 0) + n);
      total += n;
    }
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

/** The theme's c-TF-IDF top terms (stems; the theme's majority vote gives their surface forms). */
export function topLabelTerms(c: ClassTerms, corpus: { freq: Map<string, number>; avgWords: number }): string[] {
  const best: Array<[string, number]> = [];
  // A term's corpus frequency is at least 1, so its weight is at most tf x this (with a margin
  // for rounding): once the top is full, a term whose bound falls short is skipped without
  // looking up its frequency or taking a logarithm (most terms of a large theme).
  const bound = Math.log(1 + corpus.avgWords) * (1 + 1e-9);
  for (const [term, n] of c.counts) {
    if (isPlaceholder(term)) continue; // a label names what broke, never "<ip>"
    // A lone CJK character is mostly a fragment or a particle (了, 不); its bigrams name the thing.
    if (term.length === 1 && isCjk(term)) continue;
    const tf = n / Math.max(1, c.total);
    if (best.length === LABEL_TERMS && tf * bound < best[LABEL_TERMS - 1][1]) continue;
    const w = tf * Math.log(1 + corpus.avgWords / (corpus.freq.get(term) ?? 1));
    if (best.length === LABEL_TERMS && !better(term, w, best[LABEL_TERMS - 1])) continue;
    let at = best.length;
    while (at > 0 && better(term, w, best[at - 1])) at--;
    best.splice(at, 0, [term, w]);
    if (best.length > LABEL_TERMS) best.pop();
  }
  return best.map(([term]) => term);
}

function better(term: string, w: number, than: [string, number]): boolean {
  return w > than[1] || (w === than[1] && term < than[0]);
}
