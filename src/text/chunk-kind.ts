/**
 * Classifies one whitespace-free chunk (already stripped of surrounding punctuation) as a
 * variable part to mask, an error code to keep, or plain text. Patterns run only on chunks of
 * at most MAX_CHUNK_CHARS characters, so even a backtracking pattern costs a bounded amount.
 */
export type Mask = 'email' | 'url' | 'ip' | 'mac' | 'guid' | 'path' | 'date' | 'time' | 'ticket' | 'kb' | 'host' | 'user' | 'num' | 'id';
export type ChunkKind = { mask: Mask } | { code: string } | null;

const URL = /^(?:(?:https?|ftp|file):\/\/|www\.)/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const MAC = /^[0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}$/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}(?:[:/]\d{1,5})?$/;
const IPV6 = /^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i;
const HEX_CODE = /^0x[0-9a-f]{4,16}$/i;
/** HRESULT-style failure codes written without 0x (severity bit set: 8xxxxxxx, Cxxxxxxx). */
const HRESULT = /^[8c]0[0-9a-f]{6}$/i;
const PATH = /^(?:[a-z]:[\\/]|\\\\|\/[^/]+\/|~\/)/i;
const DATE = /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:t[\d:.]+z?)?|\d{8}t\d{4,6}z?)$/i;
const TIME = /^(?:\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:am|pm)?|\d{1,2}(?:am|pm))$/i;
/** An ordinal ("3rd floor", "12th of March"): a number like any other. */
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/i;
const TICKET = /^(?:#|(?:inc|req|ritm|chg|prb|sr|tkt|case|ticket(?:_?no)?|task)[-_#:]?)\d{4,}$/i;
const KB = /^kb\d{5,}$/i;
const NUMBER = /^[-+]?\d[\d.,:]*%?$/;
const DOMAIN_USER = /^[a-z0-9-]{2,}\\[a-z0-9._-]{2,}$/i;
const DOTTED_NAME = /^[a-z]{2,}\.[a-z]{2,}$/i;
/** Common top-level and internal suffixes: "outlook.com" is a domain, "john.smith" a person. */
const TLD = /\.(?:com|net|org|edu|gov|io|co|de|at|ch|uk|fr|nl|eu|us|local|lan|corp|intern|internal|cloud)$/i;
const HOST = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+){1,}$/i;
const FILE_EXT = /\.(?:exe|dll|sys|msi|msp|log|txt|pdf|docx?|xlsx?|pptx?|csv|ini|bat|ps1|cmd|zip|pst|ost|jar|js|xml|json|html?|png|jpe?g|cfg|conf|vbs|reg|cab|iso|vhdx?)$/i;
/** Letters followed by a run of 3+ digits, the shape of asset tags and machine names (LT0234), not of years (office2016). */
const ASSET = /^[a-z]{1,12}[-_]?\d{3,}[a-z]?$/i;
const YEAR_SUFFIX = /(?:19|20)\d\d$/;

export function classifyChunk(c: string): ChunkKind {
  let digits = 0; let letters = 0; let dots = 0; let seps = 0;
  for (let i = 0; i < c.length; i++) {
    const k = c.charCodeAt(i);
    if (k >= 48 && k <= 57) digits++;
    else if ((k >= 97 && k <= 122) || (k >= 65 && k <= 90) || k > 127) letters++;
    else if (k === 46) dots++;
    else seps++;
  }
  if (digits === 0 && dots === 0 && seps === 0) return null;
  // Digits only (a common chunk): of all the patterns below only HRESULT and NUMBER can match one.
  if (digits === c.length) return c.length === 8 && c.startsWith('80') ? { code: `0x${c}` } : { mask: 'num' };
  if (URL.test(c)) return { mask: 'url' };
  if (c.includes('@')) return EMAIL.test(c) ? { mask: 'email' } : { mask: 'user' };
  if (PATH.test(c)) return { mask: 'path' };
  if (DOMAIN_USER.test(c)) return { mask: 'user' };
  if (digits > 0) {
    if (HEX_CODE.test(c)) return { code: c.toLowerCase() };
    if (letters + digits === 8 && HRESULT.test(c)) return { code: `0x${c.toLowerCase()}` };
    if (GUID.test(c)) return { mask: 'guid' };
    if (MAC.test(c)) return { mask: 'mac' };
    if (IPV4.test(c)) return { mask: 'ip' };
    if (DATE.test(c)) return { mask: 'date' };
    if (TIME.test(c)) return { mask: 'time' };
    if (KB.test(c)) return { mask: 'kb' };
    if (TICKET.test(c)) return { mask: 'ticket' };
    if (NUMBER.test(c) || ORDINAL.test(c)) return { mask: 'num' };
    if (c.includes(':') && IPV6.test(c) && c.length >= 6) return { mask: 'ip' };
  }
  if (dots > 0 && !FILE_EXT.test(c)) {
    if (DOTTED_NAME.test(c) && dots === 1 && !TLD.test(c)) return { mask: 'user' };
    if (HOST.test(c) && letters > 0) return { mask: 'host' };
  }
  if (digits > 0 && ASSET.test(c) && !YEAR_SUFFIX.test(c)) return { mask: 'host' };
  // Hyphen- or underscore-joined names with digits (SRV-DB01, ws_0042) are machine or object names.
  if (digits > 0 && letters > 0 && seps > 0 && /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/i.test(c)) return { mask: 'host' };
  if (digits >= 5 && letters > 0) return { mask: 'id' };
  return null;
}
