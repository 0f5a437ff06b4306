/**
 * Theme labels: class-based TF-IDF (Grootendorst, BERTopic) picks the terms that set a theme
 * apart; each is shown in its majority surface form among members, never as a stemmed stub. The name is
 * the cleaned title of the most central ticket.
 */
import type { PreparedTicket } from './types.js';
import { isCalendarTerm } from '../../text/calendar-words.js';
import { isCjk, isPlaceholder } from '../../text/tokenize.js';
import { docTerms } from './vectorize.js';

export const LABEL_TERMS = 5;
/**
 * Terms ranked per class: a couple more than are shown, because two stems can share a written
 * form (a word's English and German stems, in a theme holding tickets in both languages), and a
 * label never shows one word twice (see distinctForms).
 */
const RANKED_TERMS = LABEL_TERMS + 2;

/**
 * Whether a term may name a theme: never a placeholder ("<ip>"), a lone CJK character (mostly a
 * fragment or a particle, 了, 不: its bigrams name the thing) or a month or weekday (it dates
 * tickets, see calendar-words.ts).
 */
export function isLabelTerm(term: string): boolean {
  return !isPlaceholder(term) && !(term.length === 1 && isCjk(term)) && !isCalendarTerm(term);
}

/** The first `n` forms that differ other than in case: a label shows each word once. */
export function distinctForms(forms: readonly string[], n: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of forms) {
    const key = f.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
    if (out.length === n) break;
  }
  return out;
}

/**
 * The classes' terms, each distinct term numbered once (so a class's counts can be a dense array
 * indexed by number rather than a Map per class). By number: `freq`, the corpus frequency, and
 * `labelable`, whether the term may be a label at all. `ids` and `counts` hold the classes'
 * tickets' term numbers and counts end to end; class k's end at ends[k].
 */
interface Numbered { terms: string[]; freq: number[]; labelable: boolean[]; ids: number[]; counts: number[]; ends: number[]; words: number }

function numberTerms(classes: ReadonlyArray<readonly PreparedTicket[]>): Numbered {
  const number = new Map<string, number>();
  const c: Numbered = { terms: [], freq: [], labelable: [], ids: [], counts: [], ends: [], words: 0 };
  for (let k = 0; k < classes.length; k++) {
    for (const t of classes[k]) {
      const d = docTerms(t);
      for (let i = 0; i < d.terms.length; i++) {
        const term = d.terms[i];
        let id = number.get(term);
        if (id === undefined) {
          id = c.terms.length;
          number.set(term, id);
          c.terms.push(term);
          c.freq.push(0);
          c.labelable.push(isLabelTerm(term));
        }
        const n = d.counts[i];
        c.freq[id] += n;
        c.words += n;
        c.ids.push(id);
        c.counts.push(n);
      }
    }
    c.ends.push(c.ids.length);
  }
  return c;
}

/**
 * Each class's c-TF-IDF top terms (stems; the theme's majority vote gives their surface forms),
 * the classes' tickets being the corpus. The top terms are ranked by weight, then term: the
 * order terms are met in cannot matter.
 */
export function topLabelTerms(classes: ReadonlyArray<readonly PreparedTicket[]>): string[][] {
  const c = numberTerms(classes);
  // c-TF-IDF's denominators: corpus frequency and the mean class size in words.
  const avgWords = classes.length ? c.words / classes.length : 1;
  const inClass = new Int32Array(c.terms.length);
  const used: number[] = [];
  const out: string[][] = [];
  // One call per class, not one loop over them all: a loop nest run once is optimised mid-way,
  // before its later parts have run, and then deoptimised by them (measured on a first run).
  for (let k = 0; k < classes.length; k++) out.push(classTop(c, k === 0 ? 0 : c.ends[k - 1], c.ends[k], avgWords, inClass, used));
  return out;
}

/**
 * The top terms of the class whose terms are at from..to in `c`. `inClass` (all 0) and `used`
 * are scratch: counts by number, and the numbers counted; inClass is left all 0 again.
 */
function classTop(c: Numbered, from: number, to: number, avgWords: number, inClass: Int32Array, used: number[]): string[] {
  let classTotal = 0;
  let nUsed = 0;
  for (let j = from; j < to; j++) {
    const id = c.ids[j];
    if (inClass[id] === 0) used[nUsed++] = id;
    inClass[id] += c.counts[j];
    classTotal += c.counts[j];
  }
  // A term's corpus frequency is at least 1, so its weight is at most tf x this (with a margin
  // for rounding): once the top is full, a term whose bound falls short is skipped without
  // taking a logarithm (most terms of a large theme).
  const bound = Math.log(1 + avgWords) * (1 + 1e-9);
  const best: Array<[string, number]> = [];
  for (let u = 0; u < nUsed; u++) {
    const id = used[u];
    const n = inClass[id];
    inClass[id] = 0;
    if (!c.labelable[id]) continue;
    const term = c.terms[id];
    const tf = n / Math.max(1, classTotal);
    if (best.length === RANKED_TERMS && tf * bound < best[RANKED_TERMS - 1][1]) continue;
    const w = tf * Math.log(1 + avgWords / c.freq[id]);
    if (best.length === RANKED_TERMS && !better(term, w, best[RANKED_TERMS - 1])) continue;
    let i = best.length;
    while (i > 0 && better(term, w, best[i - 1])) i--;
    best.splice(i, 0, [term, w]);
    if (best.length > RANKED_TERMS) best.pop();
  }
  return best.map(([term]) => term);
}

function better(term: string, w: number, than: [string, number]): boolean {
  return w > than[1] || (w === than[1] && term < than[0]);
}
