/**
 * Drain-style masking: variable parts (addresses, identifiers, dates, numbers) become
 * placeholders such as <ip>, so tickets about the same cause look the same. Error codes are
 * kept: they are the strongest root-cause signal. One regex pass over chunks, linear time.
 */
import { classifyChunk } from './chunk-kind.js';
import { MAX_CHUNK_CHARS } from './limits.js';

export interface Masked { text: string; codes: string[] }

const CHUNK = /[^\s,;()[\]{}<>"'|]+/g;
const LEAD = /^[.:!?*`~=+&-]+/;
const TRAIL = /[.:!?*`~=,&-]+$/;
/** Words after which a bare number names an error, event or exit code rather than a quantity. */
const CODE_CUES = new Set(['error', 'errors', 'code', 'event', 'eventid', 'errorcode', 'fehler', 'fehlercode', 'exit', 'status', 'stop', 'bugcheck', 'err']);
/** Keys whose value is a person's account name. */
const USER_KEYS = new Set(['user', 'username', 'userid', 'user-id', 'caller', 'benutzer', 'benutzername', 'samaccountname', 'upn', 'employee']);
const CODE_NUMBER = /^\d{3,6}$/;
const HAS_LETTER = /\p{L}/u;
/** Characters inside a machine or job name that the tokeniser would split on. */
const NAME_JOINERS = /[^\p{L}\p{M}\p{N}_]+/gu;

/** `prev` is the previous word; `keyed` says it ended in ':' or '=' (a field label). */
function maskCore(core: string, prev: string, keyed: boolean, codes: string[], keepNames = false): string {
  if (core.length > MAX_CHUNK_CHARS) {
    if (/^(?:https?|ftp):/i.test(core)) return '<url>';
    return HAS_LETTER.test(core.slice(0, MAX_CHUNK_CHARS)) && !/\d/.test(core.slice(0, 40)) ? core : '<id>';
  }
  if (CODE_CUES.has(prev) && CODE_NUMBER.test(core)) {
    codes.push(`${prev === 'id' ? 'event' : prev} ${core}`);
    return core;
  }
  if (keyed && USER_KEYS.has(prev)) return '<user>';
  const kind = classifyChunk(core);
  if (kind === null) return splitPair(core, codes);
  if ('code' in kind) { codes.push(kind.code); return kind.code; }
  if (keepNames && kind.mask === 'host') return core.toLowerCase().replace(NAME_JOINERS, '_');
  return `<${kind.mask}>`;
}

/** "host:srv-0042" or "user=jsmith": classify both sides of one separator. */
function splitPair(core: string, codes: string[]): string {
  const at = core.search(/[:=]/);
  if (at <= 0 || at === core.length - 1) return core;
  const key = core.slice(0, at);
  const value = core.slice(at + 1);
  const left = classifyChunk(key) ? `<${maskOf(key)}>` : key;
  const right = USER_KEYS.has(key.toLowerCase()) ? '<user>' : maskCore(value, key.toLowerCase(), true, codes);
  return `${left}${core[at]}${right}`;
}

function maskOf(c: string): string {
  const k = classifyChunk(c);
  return k && 'mask' in k ? k.mask : 'id';
}

/** Letters only (ASCII or Latin-1/extended letters): a word, never a variable part. */
function isPlainWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7))) return false;
  }
  return true;
}

/**
 * `keepNames` keeps machine, job and service names (written as one token, lower-cased) instead of
 * masking them: alert templates need them to tell one job's failures from another's.
 */
export function maskText(text: string, keepNames = false): Masked {
  const codes: string[] = [];
  // The previous two words as written; lower-cased only when a cue is needed (most chunks are words).
  let prev = '';
  let prevPrev = '';
  let keyed = false;
  const out = text.replace(CHUNK, (chunk) => {
    if (!(keyed && USER_KEYS.has(prev.toLowerCase())) && isPlainWord(chunk)) {
      // Most chunks are words: nothing to mask, and they are the next chunk's cue.
      prevPrev = prev;
      keyed = false;
      prev = chunk;
      return chunk;
    }
    const lead = LEAD.exec(chunk)?.[0] ?? '';
    const rest = chunk.slice(lead.length);
    const trail = TRAIL.exec(rest.length > MAX_CHUNK_CHARS ? '' : rest)?.[0] ?? '';
    const core = rest.slice(0, rest.length - trail.length);
    if (core === '') return chunk;
    const lowPrev = prev.toLowerCase();
    const cue = lowPrev === 'id' && prevPrev.toLowerCase() === 'event' ? 'event' : lowPrev;
    const masked = maskCore(core, cue, keyed, codes, keepNames);
    prevPrev = prev;
    keyed = trail.endsWith(':') || trail.endsWith('=');
    prev = masked === core ? core : '';
    return lead + masked + trail;
  });
  return { text: out, codes };
}
