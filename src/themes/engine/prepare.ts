/**
 * prepareTicket: raw ticket -> compact features. Pure and deterministic, so the worker can
 * store the result and every later step (assignment, consolidation, rebuilds) reuses it.
 */
import { canonical, isEnglishWord, isTranslated } from '../../text/abbreviations.js';
import { cleanTicketText, REPLY_PREFIX } from '../../text/clean.js';
import { MAX_TITLE_CHARS } from '../../text/limits.js';
import { maskText } from '../../text/mask.js';
import { repairMojibake } from '../../text/mojibake.js';
import { stem } from '../../text/stem.js';
import { guessLanguage, isStopWord } from '../../text/stopwords.js';
import { isCjk, isPlaceholder, tokenize } from '../../text/tokenize.js';
import { isAlert } from './alert-detect.js';
import type { EngineInput, PreparedTicket } from './types.js';

/** Enough body terms to describe a problem; the rest of a long body is mostly logs or history. */
const MAX_BODY_TERMS = 160;
const MAX_TEMPLATE_TOKENS = 24;

/**
 * What one surface token becomes: its term (stem) and, when they differ, the word it came from;
 * null when dropped. A class, not an object literal: every one is kept by the cache, and V8 moves
 * a literal site whose objects all survive to old space by discarding the optimised code that
 * makes them (several recompiles per cold run); objects made by `new` are not tracked that way.
 */
class TermOf {
  constructor(readonly term: string, readonly form: string | null) {}
}
const TERM_CACHE_LIMIT = 200_000;
/**
 * Token -> term per stemming language (0: English, 1: German): abbreviation, stop-word, length and
 * stemmer decisions are made once per distinct token, so a ticket costs one map lookup per word.
 */
const termCache = [new Map<string, TermOf | null>(), new Map<string, TermOf | null>()];

/**
 * A copy of a token that does not hold on to the text it was cut from. V8 cuts a token of 13 or
 * more characters out of the lower-cased ticket text as a view of that text, so a cached token
 * (and the term made from it, which later tickets share) would keep the whole text alive: a
 * ticket body per new long token, for as long as the cache lives.
 */
function detached(token: string): string {
  return token.length < 13 ? token : (' ' + token).slice(1);
}

function termOf(token: string, lang: 'en' | 'de', cache: Map<string, TermOf | null>): TermOf | null {
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  const raw = detached(token);
  let out: TermOf | null = null;
  // A placeholder is a term of its own: that a ticket names an address, a host or a date is
  // signal (measured: AMI +0.000..+0.006 on gl-tickets, its halves and dev 7/11); labels skip it.
  if (isPlaceholder(raw)) out = new TermOf(raw, null);
  else {
    const tok = canonical(raw);
    if (!isStopWord(tok) && (tok.length >= 2 || isCjk(tok))) {
      // An expansion, a translation or a loanword is an English word: stemmed as English in every
      // ticket, or a German ticket's "Drucker" or "Server" (print, serv) would miss an English
      // ticket's "printer" or "server".
      const s = stem(tok, isEnglishWord(raw) ? 'en' : lang);
      // A translated word shows as written ("Drucker" in a German theme's label); an expanded one as the full word.
      const form = isTranslated(raw) ? raw : tok;
      out = new TermOf(s, s !== form ? form : null);
    }
  }
  if (cache.size >= TERM_CACHE_LIMIT) cache.clear();
  cache.set(raw, out);
  return out;
}

/** Terms are gathered here, then copied out at their exact length (see contentTerms). */
const scratchTerms: string[] = [];

function contentTerms(tokens: string[], lang: 'en' | 'de', forms: Record<string, string>, cap: number): string[] {
  // Chosen by index, once per list: looked up by name (termCache[lang]), the optimised code that
  // had only seen 'en' was discarded and compiled again at the first German ticket.
  const cache = termCache[lang === 'de' ? 1 : 0];
  // The kept list is a copy of a reused scratch list, not a literal grown by push: it has no
  // spare capacity for the GC to carry, and no literal site whose objects all survive (V8
  // discards the optimised code of such a site to allocate them in old space). The scratch is
  // filled to a count, never cut back (as top-k.ts explains: length 0 drops its storage).
  const out = scratchTerms;
  let n = 0;
  for (let i = 0; i < tokens.length && n < cap; i++) {
    const t = termOf(tokens[i], lang, cache);
    if (t === null) continue;
    if (t.form !== null && forms[t.term] === undefined) forms[t.term] = t.form;
    if (n < out.length) out[n] = t.term; else out.push(t.term);
    n++;
  }
  return out.slice(0, n);
}

/**
 * The template miner's input: the title's tokens with variable values (numbers, dates, addresses)
 * as placeholders but machine, job and service names kept, since they say which thing failed.
 */
function alertTemplate(title: string): string[] {
  const t = repairMojibake(title.slice(0, MAX_TITLE_CHARS)).normalize('NFKC').replace(REPLY_PREFIX, '');
  return tokenize(maskText(t, true).text).slice(0, MAX_TEMPLATE_TOKENS);
}

export function prepareTicket(input: EngineInput): PreparedTicket {
  const c = cleanTicketText(input.title ?? '', input.body ?? '');
  const lang = guessLanguage(c.titleTokens, c.bodyTokens, 200);
  // Null prototype: a dictionary from the start. A plain {} would get a new hidden class for every
  // new sequence of stems (hundreds of thousands on a real corpus: most of the cold cost of
  // preparation), and would answer forms['constructor'] from Object.prototype.
  const forms = Object.create(null) as Record<string, string>;
  const title = contentTerms(c.titleTokens, lang, forms, MAX_BODY_TERMS);
  const body = contentTerms(c.bodyTokens, lang, forms, MAX_BODY_TERMS);
  const kind = isAlert(c.cleanTitle, input.body ?? '') ? 'alert' : 'human';
  const template = kind === 'alert' ? alertTemplate(input.title ?? '') : null;
  return {
    id: input.id, createdAt: input.createdAt, kind,
    cleanTitle: c.cleanTitle, cleanText: c.cleanText,
    title, body, forms, errorCodes: c.errorCodes, template,
  };
}
