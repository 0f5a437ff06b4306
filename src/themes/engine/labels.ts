/**
 * Theme labels: class-based TF-IDF (Grootendorst, BERTopic) picks the terms that set a theme
 * apart; each is shown in its majority surface form among members, never as a stemmed stub. The name is
 * the cleaned title of the most central ticket.
 */
import type { PreparedTicket } from './types.js';
import { isCjk, isPlaceholder } from '../../text/tokenize.js';
import { docTerms } from './vectorize.js';

export const LABEL_TERMS = 5;

/**
 * Each class's c-TF-IDF top terms (stems; the theme's majority vote gives their surface forms),
 * the classes' tickets being the corpus. Every distinct term is numbered once, so a class's
 * counts are a dense array indexed by number (cleared after each class) rather than a Map per
 * class. The top terms are ranked by weight, then term: the order terms are met in cannot matter.
 */
export function topLabelTerms(classes: ReadonlyArray<readonly PreparedTicket[]>): string[][] {
  const number = new Map<string, number>();
  const terms: string[] = [];
  /** By number: corpus frequency, and whether the term may be a label at all. */
  const freq: number[] = [];
  const labelable: boolean[] = [];
  // The classes' tickets' term numbers and counts end to end; class k's end at ends[k].
  const ids: number[] = [];
  const counts: number[] = [];
  const ends: number[] = [];
  let words = 0;
  let at = 0;
  for (let k = 0; k < classes.length; k++) {
    for (const t of classes[k]) {
      const d = docTerms(t);
      for (let i = 0; i < d.terms.length; i++, at++) {
        const term = d.terms[i];
        let id = number.get(term);
        if (id === undefined) {
          id = terms.length;
          number.set(term, id);
          terms.push(term);
          freq.push(0);
          // A label names what broke, never "<ip>"; a lone CJK character is mostly a fragment or
          // a particle (了, 不): its bigrams name the thing.
          labelable.push(!isPlaceholder(term) && !(term.length === 1 && isCjk(term)));
        }
        const n = d.counts[i];
        freq[id] += n;
        words += n;
        ids.push(id);
        counts.push(n);
      }
    }
    ends.push(at);
  }
  // c-TF-IDF's denominators: corpus frequency and the mean class size in words.
  const avgWords = classes.length ? words / classes.length : 1;
  // A term's corpus frequency is at least 1, so its weight is at most tf x this (with a margin
  // for rounding): once the top is full, a term whose bound falls short is skipped without
  // taking a logarithm (most terms of a large theme).
  const bound = Math.log(1 + avgWords) * (1 + 1e-9);
  const inClass = new Int32Array(terms.length);
  const used: number[] = [];
  const out: string[][] = [];
  let from = 0;
  for (let k = 0; k < classes.length; k++) {
    let classTotal = 0;
    let nUsed = 0;
    for (let j = from; j < ends[k]; j++) {
      const id = ids[j];
      if (inClass[id] === 0) used[nUsed++] = id;
      inClass[id] += counts[j];
      classTotal += counts[j];
    }
    from = ends[k];
    const best: Array<[string, number]> = [];
    for (let u = 0; u < nUsed; u++) {
      const id = used[u];
      const n = inClass[id];
      inClass[id] = 0;
      if (!labelable[id]) continue;
      const term = terms[id];
      const tf = n / Math.max(1, classTotal);
      if (best.length === LABEL_TERMS && tf * bound < best[LABEL_TERMS - 1][1]) continue;
      const w = tf * Math.log(1 + avgWords / freq[id]);
      if (best.length === LABEL_TERMS && !better(term, w, best[LABEL_TERMS - 1])) continue;
      let i = best.length;
      while (i > 0 && better(term, w, best[i - 1])) i--;
      best.splice(i, 0, [term, w]);
      if (best.length > LABEL_TERMS) best.pop();
    }
    out.push(best.map(([term]) => term));
  }
  return out;
}

function better(term: string, w: number, than: [string, number]): boolean {
  return w > than[1] || (w === than[1] && term < than[0]);
}
