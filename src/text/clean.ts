/**
 * The text pipeline for one ticket: cap, normalise, strip markup and mail boilerplate, mask.
 * Returns display text (masked, boilerplate-free) and the surface tokens the engine uses.
 */
import { stripBoilerplate } from './boilerplate.js';
import { stripHtml } from './html.js';
import { MAX_BODY_CHARS, MAX_TITLE_CHARS } from './limits.js';
import { maskText } from './mask.js';
import { repairMojibake } from './mojibake.js';
import { tokenize } from './tokenize.js';

export interface CleanedText {
  cleanTitle: string;
  cleanText: string;
  /** Surface tokens (lower-cased, placeholders included) of the title and the body. */
  titleTokens: string[];
  bodyTokens: string[];
  errorCodes: string[];
}

/**
 * Reply and forward prefixes in several mail clients' languages: English, German, Nordic, French,
 * Spanish (rv), and Chinese and Japanese Outlook's (答复, 回复, 转发, 轉寄, 返信, 転送).
 */
export const REPLY_PREFIX = /^(?:(?:re|fw|fwd|aw|wg|sv|vs|tr|rv|答复|回复|回覆|转发|轉發|轉寄|返信|転送)\s*(?:\[\d+\])?\s*:\s*)+/i;
/**
 * Runs of body spaces that collapse to one space: a run of two or more, or one unusual space.
 * A lone ' ' (most of them) would be replaced by itself, so it is not matched at all; the
 * result is what replacing every run of [ \t\f\v\u00a0\u2000-\u200b\u3000] gives, at a
 * third of the cost on bodies that have any. Each branch starts with a class and repeats one: linear.
 */
const SPACE_RUNS = /[\t\f\v\u00a0\u2000-\u200b\u3000][ \t\f\v\u00a0\u2000-\u200b\u3000]*| [ \t\f\v\u00a0\u2000-\u200b\u3000]+/g;

/** Any character outside ASCII (mojibake repair and NFKC leave pure ASCII unchanged, so both are skipped then). */
const NON_ASCII = /[^\x00-\x7f]/;

function normalise(s: string, cap: number): string {
  // Sliced unconditionally (a short string comes back as it is): a branch only a rare long title
  // takes would make V8 discard the optimised cleaning code the first time one arrives.
  const t = s.slice(0, cap);
  const n = NON_ASCII.test(t) ? repairMojibake(t).normalize('NFKC') : t;
  return n.includes('\r') ? n.replace(/\r\n?/g, '\n') : n;
}

/** Whitespace other than a single space: a run of spaces, or a tab, newline or other space character. */
const UNUSUAL_SPACE = /[^\S ]| {2}/;
const UNUSUAL_BODY_SPACE = /[\t\f\v\u00a0\u2000-\u200b\u3000]| {2}/;

export function cleanTicketText(title: string, body: string): CleanedText {
  // Each replace runs only when it would change something (it would rebuild the string anyway).
  let t = stripHtml(normalise(title, MAX_TITLE_CHARS));
  if (UNUSUAL_SPACE.test(t)) t = t.replace(/\s+/g, ' ');
  t = t.trim().replace(REPLY_PREFIX, '');
  let rawBody = stripHtml(normalise(body, MAX_BODY_CHARS));
  if (UNUSUAL_BODY_SPACE.test(rawBody)) rawBody = rawBody.replace(SPACE_RUNS, ' ');
  const b = stripBoilerplate(rawBody);
  const mt = maskText(t);
  const mb = maskText(b);
  const cleanTitle = mt.text.trim();
  let cleanText = (mb.text.includes('\n') ? mb.text.replace(/\n+/g, ' ') : mb.text).trim();
  // A body that only repeats the title (common when a form copies it) says nothing more.
  if (cleanText.length === cleanTitle.length && cleanText.toLowerCase() === cleanTitle.toLowerCase()) cleanText = '';
  // Kept with the ticket, so made by concat rather than as an empty literal: V8 discards and
  // recompiles the optimised code of a literal site once it sees that all its objects survive.
  const codes = mt.codes.length + mb.codes.length === 0 ? mt.codes.concat(mb.codes) : [...new Set([...mt.codes, ...mb.codes])];
  return {
    cleanTitle, cleanText, errorCodes: codes,
    titleTokens: withNameWords(tokenize(cleanTitle), mt.nameWords), bodyTokens: withNameWords(tokenize(cleanText), mb.nameWords),
  };
}

/** Tokens followed by the words found inside masked names (see Masked). */
function withNameWords(tokens: string[], words: string[]): string[] {
  if (words.length === 0) return tokens;
  for (let i = 0; i < words.length; i++) tokens.push(words[i].toLowerCase());
  return tokens;
}
