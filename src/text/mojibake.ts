/**
 * Repairs mojibake: UTF-8 text that some system along the way (a mail gateway, a CSV export)
 * decoded as Windows-1252, so "für" arrives as "fÃ¼r" and "撤回" as "æ’¤å›ž". Each UTF-8 byte
 * became one character; mapping the characters back to bytes and decoding those as UTF-8 gives
 * the text back. Done sequence by sequence (a lead byte and its continuation bytes), not for the
 * whole string, so a ticket that mixes repaired, damaged and genuine accented text keeps the
 * parts that are right. One linear pass.
 */

/** The characters Windows-1252 puts at bytes 0x80-0x9F (the five undefined bytes map to themselves). */
const CP1252_80_9F = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const BYTE_OF_SPECIAL = new Map<number, number>([...CP1252_80_9F].map((ch, i) => [ch.charCodeAt(0), 0x80 + i]));

/** A lead byte (0xC2-0xF4 as Windows-1252) directly followed by a continuation byte (0x80-0xBF). */
const SUSPECT = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${CP1252_80_9F.replace(/[\u0080-\u009f]/g, '')}]`);

/** The Windows-1252 byte a character came from, or -1. */
function byteOf(code: number): number {
  if (code <= 0xff) return code;
  return BYTE_OF_SPECIAL.get(code) ?? -1;
}

function isContinuation(code: number): boolean {
  const b = byteOf(code);
  return b >= 0x80 && b <= 0xbf;
}

/**
 * Decodes the UTF-8 sequence starting at `i`, or returns -1. Overlong forms and surrogates are
 * refused, and so are two-byte results past Arabic (U+06FF): genuine text such as "Straße“"
 * (ß then a closing quote) would otherwise turn into an N'Ko letter.
 */
function decodeAt(s: string, i: number): { cp: number; len: number } | null {
  const lead = byteOf(s.charCodeAt(i));
  if (lead < 0xc2 || lead > 0xf4) return null;
  const len = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  if (i + len > s.length) return null;
  let cp = lead & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
  for (let k = 1; k < len; k++) {
    const code = s.charCodeAt(i + k);
    if (!isContinuation(code)) return null;
    cp = (cp << 6) | (byteOf(code) & 0x3f);
  }
  if (len === 2 && cp > 0x06ff) return null;
  if (len === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) return null;
  if (len === 4 && (cp < 0x10000 || cp > 0x10ffff)) return null;
  return { cp, len };
}

export function repairMojibake(s: string): string {
  if (!SUSPECT.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0xc2 || code > 0xf4) continue;
    const d = decodeAt(s, i);
    if (d === null) continue;
    out += s.slice(from, i) + String.fromCodePoint(d.cp);
    i += d.len - 1;
    from = i + 1;
  }
  return out + s.slice(from);
}
