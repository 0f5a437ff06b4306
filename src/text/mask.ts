/**
 * Drain-style masking: variable parts (addresses, identifiers, dates, numbers) become
 * placeholders such as <ip>, so tickets about the same cause look the same. Error codes are
 * kept: they are the strongest root-cause signal. One regex pass over chunks, linear time.
 */
import { classifyChunk } from './chunk-kind.js';
import { MAX_CHUNK_CHARS } from './limits.js';

/**
 * `nameWords`: the words inside masked machine and job names ("srv-dc01" -> srv, dc). Names encode
 * a role, a site or a system, which says what failed even when the name itself never recurs;
 * they are returned as extra terms rather than left in the text, which stays readable.
 */
export interface Masked { text: string; codes: string[]; nameWords: string[] }
interface Found { codes: string[]; nameWords: string[] }

/** Words after which a bare number names an error, event or exit code rather than a quantity. */
const CODE_CUES = new Set(['error', 'errors', 'code', 'event', 'eventid', 'errorcode', 'fehler', 'fehlercode', 'exit', 'status', 'stop', 'bugcheck', 'err']);
/** Keys whose value is a person's account name. */
const USER_KEYS = new Set(['user', 'username', 'userid', 'user-id', 'caller', 'benutzer', 'benutzername', 'samaccountname', 'upn', 'employee']);
const CODE_NUMBER = /^\d{3,6}$/;
const HAS_LETTER = /\p{L}/u;
/** Characters inside a machine or job name that the tokeniser would split on. */
const NAME_JOINERS = /[^\p{L}\p{M}\p{N}_]+/gu;
/** Runs of two or more letters inside a name (its first label: a domain is the same for every host). */
const NAME_WORD = /[a-z\u00c0-\u024f]{2,}/gi;

/** `prev` is the previous word; `keyed` says it ended in ':' or '=' (a field label). */
function maskCore(core: string, prev: string, keyed: boolean, found: Found, keepNames = false): string {
  if (core.length > MAX_CHUNK_CHARS) {
    if (/^(?:https?|ftp):/i.test(core)) return '<url>';
    return HAS_LETTER.test(core.slice(0, MAX_CHUNK_CHARS)) && !/\d/.test(core.slice(0, 40)) ? core : '<id>';
  }
  if (CODE_CUES.has(prev) && CODE_NUMBER.test(core)) {
    found.codes.push(`${prev === 'id' ? 'event' : prev} ${core}`);
    return core;
  }
  if (keyed && USER_KEYS.has(prev)) return '<user>';
  const kind = classifyChunk(core);
  if (kind === null) return splitPair(core, found);
  if ('code' in kind) { found.codes.push(kind.code); return kind.code; }
  if (kind.mask === 'host') {
    if (keepNames) return core.toLowerCase().replace(NAME_JOINERS, '_');
    const dot = core.indexOf('.');
    const words = (dot > 0 ? core.slice(0, dot) : core).match(NAME_WORD);
    if (words !== null) for (let i = 0; i < words.length; i++) found.nameWords.push(words[i]);
  }
  return `<${kind.mask}>`;
}

/** "host:srv-0042" or "user=jsmith": classify both sides of one separator. */
function splitPair(core: string, found: Found): string {
  const at = core.search(/[:=]/);
  if (at <= 0 || at === core.length - 1) return core;
  const key = core.slice(0, at);
  const value = core.slice(at + 1);
  const left = classifyChunk(key) ? `<${maskOf(key)}>` : key;
  const right = USER_KEYS.has(key.toLowerCase()) ? '<user>' : maskCore(value, key.toLowerCase(), true, found);
  return `${left}${core[at]}${right}`;
}

function maskOf(c: string): string {
  const k = classifyChunk(c);
  return k && 'mask' in k ? k.mask : 'id';
}

/** Letters only (ASCII or Latin-1/extended letters): a word, never a variable part. */
function isPlainCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Chunk separators: JavaScript's \s and , ; ( ) [ ] { } < > " ' | (as the CHUNK pattern). */
const ASCII_SEP = new Uint8Array(128);
for (const ch of '\t\n\v\f\r ,;()[]{}<>"\'|') ASCII_SEP[ch.charCodeAt(0)] = 1;
function isSep(c: number): boolean {
  if (c < 128) return ASCII_SEP[c] === 1;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Punctuation stripped from a chunk's start (LEAD) and end (TRAIL): maximal runs of these ASCII characters. */
const ASCII_LEAD = new Uint8Array(128);
for (const ch of '.:!?*`~=+&-') ASCII_LEAD[ch.charCodeAt(0)] = 1;
const ASCII_TRAIL = new Uint8Array(128);
for (const ch of '.:!?*`~=,&-') ASCII_TRAIL[ch.charCodeAt(0)] = 1;

/** Where `text`'s chunk [start, end) begins once its LEAD run is skipped. */
function leadEnd(text: string, start: number, end: number): number {
  while (start < end) { const c = text.charCodeAt(start); if (c >= 128 || ASCII_LEAD[c] === 0) break; start++; }
  return start;
}

/** Where `text`'s chunk [start, end) ends once its TRAIL run is cut off. */
function trailStart(text: string, start: number, end: number): number {
  while (end > start) { const c = text.charCodeAt(end - 1); if (c >= 128 || ASCII_TRAIL[c] === 0) break; end--; }
  return end;
}

/**
 * The core of a chunk that is a plain word wrapped in LEAD/TRAIL punctuation ("word.", "...and",
 * "note:"), as [start, end), or null. Such a core is never masked (classifyChunk sees only letters)
 * unless a user field label precedes it, which callers check first.
 */
function wordCore(text: string, start: number, end: number): [number, number] | null {
  const cs = leadEnd(text, start, end);
  const ce = trailStart(text, cs, end);
  for (let k = cs; k < ce; k++) if (!isPlainCode(text.charCodeAt(k))) return null;
  return [cs, ce];
}

/** Month names and their short forms, English and German. */
const MONTH = '(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|m(?:ä|ae)rz|mrz|apr(?:il)?|may|mai|june?|juni|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?)';
/**
 * A date written with a month name, once its numbers (ordinals too) are masked: "<num> May
 * <num>", "<num>. Mai", "<num> of March", "May <num>, <num>", "March <num>". Its parts would
 * otherwise stay apart, and the month name would make tickets of one month look alike. No nested
 * repetition: linear time.
 */
const WRITTEN_DATE = new RegExp(
  `(?<!\\w)(?:<num>\\.?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+<num>)?|${MONTH}\\b\\.?\\s+<num>(?:,?\\s+<num>)?)`,
  'gi',
);

/**
 * `keepNames` keeps machine, job and service names (written as one token, lower-cased) instead of
 * masking them: alert templates need them to tell one job's failures from another's.
 * One forward scan: plain words (most of any text) are stepped over without being copied; only
 * chunks holding a digit or a symbol are classified, and only changed ones rebuild the text.
 */
export function maskText(text: string, keepNames = false): Masked {
  const found: Found = { codes: [], nameWords: [] };
  const parts: string[] = [];
  let copied = 0;
  // The previous two words, as positions in the text (cut and lower-cased only when a cue is needed).
  let prevS = 0; let prevE = 0;
  let prevPrevS = 0; let prevPrevE = 0;
  let keyed = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSep(text.charCodeAt(i))) { i++; continue; }
    const start = i;
    let plain = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isSep(c)) break;
      if (plain && !isPlainCode(c)) plain = false;
    }
    const end = i;
    if (plain && !(keyed && USER_KEYS.has(text.slice(prevS, prevE).toLowerCase()))) {
      // Most chunks are words: nothing to mask, and they are the next chunk's cue.
      prevPrevS = prevS; prevPrevE = prevE;
      prevS = start; prevE = end;
      keyed = false;
      continue;
    }
    const word: [number, number] | null = keyed || end - start > MAX_CHUNK_CHARS ? null : wordCore(text, start, end);
    if (word !== null) {
      // As the general path below does with such a chunk, without cutting or classifying it.
      if (word[0] === word[1]) continue;
      prevPrevS = prevS; prevPrevE = prevE;
      prevS = word[0]; prevE = word[1];
      const last = text.charCodeAt(end - 1);
      keyed = word[1] < end && (last === 58 /* : */ || last === 61 /* = */);
      continue;
    }
    // The core: the chunk without its LEAD and TRAIL runs (none stripped from an over-long one).
    const cs = leadEnd(text, start, end);
    const ce = end - cs > MAX_CHUNK_CHARS ? end : trailStart(text, cs, end);
    if (ce === cs) continue;
    const core = text.slice(cs, ce);
    // maskCore reads the cue only for a keyed value or a bare 3-6 digit number: cut it only then.
    let cue = '';
    if (keyed || CODE_NUMBER.test(core)) {
      const lowPrev = text.slice(prevS, prevE).toLowerCase();
      cue = lowPrev === 'id' && text.slice(prevPrevS, prevPrevE).toLowerCase() === 'event' ? 'event' : lowPrev;
    }
    const masked = maskCore(core, cue, keyed, found, keepNames);
    prevPrevS = prevS; prevPrevE = prevE;
    const last = text.charCodeAt(end - 1);
    keyed = ce < end && (last === 58 /* : */ || last === 61 /* = */);
    if (masked === core) {
      prevS = cs; prevE = ce;
    } else {
      prevS = 0; prevE = 0;
      parts.push(text.slice(copied, cs), masked);
      copied = ce;
    }
  }
  if (copied > 0) parts.push(text.slice(copied));
  const masked = copied === 0 ? text : parts.join('');
  return { text: writtenDates(masked), codes: found.codes, nameWords: found.nameWords };
}

/** Dates written with a month name as one <date> (only a text with a masked number can hold one). */
function writtenDates(masked: string): string {
  return masked.includes('<num>') ? masked.replace(WRITTEN_DATE, '<date>') : masked;
}
