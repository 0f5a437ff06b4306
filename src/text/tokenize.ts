/**
 * Unicode-aware tokeniser: letters of any script, digits, and underscore-joined names
 * (hr_tool). Placeholders such as <ip> come out as their own tokens. Runs of CJK characters,
 * which carry no spaces, become their characters and overlapping character bigrams. One linear regex pass.
 */
const TOKEN = /<[a-z]+>|[\p{L}\p{M}\p{N}]+(?:_[\p{L}\p{M}\p{N}]+)*/gu;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/u;
const CJK_SPLIT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/u;

function cjkCharsAndBigrams(run: string, out: string[]): void {
  const chars = Array.from(run);
  if (chars.length === 1) { out.push(run); return; }
  // Single characters too: many are words on their own (开 open, 坏 broken), and they let a short
  // Chinese title meet a long description of the same fault (measured: the mean AMI over nine
  // orders of gl-tickets went from 0.3114 to 0.3122; its Chinese tickets are repaired mojibake).
  for (const c of chars) out.push(c);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
}

/** No character from the CJK blocks' range (U+1100 up): the common case, checked without a regex. */
function belowCjk(tok: string): boolean {
  for (let i = 0; i < tok.length; i++) if (tok.charCodeAt(i) >= 0x1100) return false;
  return true;
}

/** Lower-cased tokens in order; placeholders kept (callers decide whether they count). */
export function tokenize(text: string): string[] {
  const found = text.toLowerCase().match(TOKEN);
  if (found === null) return [];
  let i = 0;
  while (i < found.length && belowCjk(found[i])) i++;
  if (i === found.length) return found; // no CJK: the common case, no copy
  const out = found.slice(0, i);
  for (; i < found.length; i++) {
    const tok = found[i];
    if (belowCjk(tok) || !CJK_RUN.test(tok)) { out.push(tok); continue; }
    for (const part of tok.split(CJK_SPLIT)) {
      if (part === '') continue;
      if (CJK_RUN.test(part)) cjkCharsAndBigrams(part, out);
      else out.push(part);
    }
  }
  return out;
}

export function isPlaceholder(tok: string): boolean {
  return tok.charCodeAt(0) === 60; // '<'
}

export function isCjk(tok: string): boolean {
  return CJK_RUN.test(tok);
}
