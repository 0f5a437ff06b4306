/**
 * Surface-form normalisation shared by the catalogue index and the themes it is matched against.
 * Both sides go through the same steps, so a light stemmer is enough: it only has to map
 * "passwords", "expired" and "printing" onto the same key as their base forms, never to be a
 * linguistically correct stem. German words are folded (ä→a, ß→ss) and mapped onto English
 * concepts through SYNONYMS, because MSPs in DACH get tickets in both languages.
 */
import { SYNONYMS } from './synonyms.js';

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'can', 'cannot', 'cant', 'do', 'does', 'doesnt', 'dont',
  'for', 'from', 'get', 'has', 'have', 'i', 'in', 'is', 'it', 'its', 'me', 'my', 'no', 'not', 'of', 'on', 'or',
  'our', 'please', 'so', 'the', 'this', 'to', 'we', 'when', 'with', 'you', 'your', 'again', 'still', 'issue',
  'problem', 'help', 'working', 'work', 'won', 't', 's',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'und', 'oder', 'ist', 'sind', 'nicht', 'mit',
  'bei', 'auf', 'fur', 'von', 'zu', 'im', 'ich', 'mein', 'meine', 'bitte', 'geht', 'kein', 'keine', 'wird', 'es',
]);

/** Lowercase, strip accents (ä→a), ß→ss, so "Kennwörter" and "kennworter" meet. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

const DOUBLE_CONSONANT = /([bdfgkmnprt])\1$/;

/** A deliberately light English stemmer: plural, -ing, -ed and a trailing -e. */
export function stem(token: string): string {
  let t = token;
  if (t.length <= 3 || /\d/.test(t)) return t;
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith('sses')) t = t.slice(0, -2);
  else if (/(?:ches|shes|xes)$/.test(t)) t = t.slice(0, -2);
  else if (t.endsWith('s') && !/(?:ss|us|is)$/.test(t)) t = t.slice(0, -1);
  if (t.endsWith('ing') && t.length > 5) t = t.slice(0, -3);
  else if (t.endsWith('ed') && t.length > 4) t = t.slice(0, -2);
  if (DOUBLE_CONSONANT.test(t)) t = t.slice(0, -1);
  if (t.endsWith('e') && t.length > 4) t = t.slice(0, -1);
  return t;
}

/** Token → concept key (null for stop words). Vocabularies are small, so a bounded memo saves most of the work. */
const tokenKeys = new Map<string, string | null>();

function tokenKey(raw: string): string | null {
  let key = tokenKeys.get(raw);
  if (key !== undefined) return key;
  if (raw.length < 2 || STOP_WORDS.has(raw)) key = null;
  else {
    const stemmed = stem(raw);
    key = SYNONYMS.get(raw) ?? SYNONYMS.get(stemmed) ?? stemmed;
  }
  if (tokenKeys.size > 100_000) tokenKeys.clear();
  tokenKeys.set(raw, key);
  return key;
}

/** Text → canonical concept keys (stop words dropped, synonyms applied, order kept). */
export function conceptKeys(text: string): string[] {
  const keys: string[] = [];
  for (const raw of fold(text).split(/[^a-z0-9]+/)) {
    const key = tokenKey(raw);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/**
 * Error codes and event ids in one canonical form: "0x80070070" and "80070070" → "80070070",
 * "Event ID 4740" → "event4740", "Fehler 1603" / "code 1603" → "error1603", "AADSTS50126" → "aadsts50126".
 * The cue words are the ones the text pipeline (src/text/mask.ts) keeps in front of numeric codes.
 */
export function canonicalCode(code: string): string {
  const folded = fold(code).trim().replace(/^net::/, '');
  const event = /^(?:windows\s+)?event(?:\s*id)?\s*[:#]?\s*(\d{2,6})$/.exec(folded);
  if (event) return `event${event[1]}`;
  const numbered = /^(?:error|errors|errorcode|error code|err|code|fehler|fehlercode|exit|exit code|status)\s*[:#]?\s*(\d{2,6})$/.exec(folded);
  if (numbered) return `error${numbered[1]}`;
  const hex = /^(?:0x)([0-9a-f]{4,16})$/.exec(folded.replace(/\s+/g, ''));
  if (hex) return hex[1];
  return folded.replace(/[^a-z0-9]+/g, '');
}

/** Finds code-like strings inside free text, so codes in sample titles count even if the engine missed them. */
const CODE_PATTERNS = [
  /\b0x[0-9a-f]{6,16}\b/gi,
  /\bevent\s*(?:id)?\s*[:#]?\s*\d{3,6}\b/gi,
  /\b(?:aadsts|err_)[a-z0-9_]{3,40}\b/gi,
  /\berror\s+\d{3,5}\b/gi,
];

export function codesInText(text: string): string[] {
  return CODE_PATTERNS.flatMap((pattern) => text.match(pattern) ?? []).map(canonicalCode);
}
