/**
 * prepareTicket: raw ticket -> compact features. Pure and deterministic, so the worker can
 * store the result and every later step (assignment, consolidation, rebuilds) reuses it.
 */
import { canonical } from '../../text/abbreviations.js';
import { cleanTicketText } from '../../text/clean.js';
import { stem } from '../../text/stem.js';
import { guessLanguage, isStopWord } from '../../text/stopwords.js';
import { isCjk, isPlaceholder } from '../../text/tokenize.js';
import { isAlert } from './alert-detect.js';
import type { EngineInput, PreparedTicket } from './types.js';

/** Enough body terms to describe a problem; the rest of a long body is mostly logs or history. */
import { K } from './xknobs.js';
const MAX_BODY_TERMS = K.bodyTerms;
const MAX_TEMPLATE_TOKENS = 24;

function contentTerms(tokens: string[], lang: 'en' | 'de', forms: Record<string, string>, cap: number): string[] {
  const out: string[] = [];
  for (const raw of tokens) {
    if (out.length >= cap) break;
    if (isPlaceholder(raw)) continue;
    const tok = K.noCanon ? raw : canonical(raw);
    if (isStopWord(tok) || (tok.length < 2 && !isCjk(tok))) continue;
    const s = stem(tok, lang);
    if (s !== tok && forms[s] === undefined) forms[s] = tok;
    out.push(s);
  }
  return out;
}

export function prepareTicket(input: EngineInput): PreparedTicket {
  const c = cleanTicketText(input.title ?? '', input.body ?? '');
  const lang = guessLanguage([...c.titleTokens, ...c.bodyTokens.slice(0, 200)]);
  const forms: Record<string, string> = {};
  const title = contentTerms(c.titleTokens, lang, forms, MAX_BODY_TERMS);
  const body = contentTerms(c.bodyTokens, lang, forms, MAX_BODY_TERMS);
  const kind = !K.noAlerts && isAlert(c.cleanTitle, input.body ?? '') ? 'alert' : 'human';
  const template = kind === 'alert'
    ? c.titleTokens.slice(0, MAX_TEMPLATE_TOKENS).map((t) => (isPlaceholder(t) ? '<*>' : t))
    : null;
  return {
    id: input.id, createdAt: input.createdAt, kind,
    cleanTitle: c.cleanTitle, cleanText: c.cleanText,
    title, body, forms, errorCodes: c.errorCodes, template,
  };
}
