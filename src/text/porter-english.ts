/**
 * English Porter stemmer: natural 8.1.1's porter_stemmer.js (MIT, Chris Umbel) step for step,
 * quirks included (suffix rules applied cumulatively, step 4 removing the longest listed suffix),
 * so every stem, and with it every theme, stays exactly as before. What changed is the cost:
 * natural builds a RegExp per suffix test and measures a word through five regex replaces, which
 * made stemming about a fifth of preparing a cold corpus; here suffixes are sliced and the
 * consonant/vowel patterns are computed in one pass each. A test compares both on many words.
 */

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/**
 * What the three callers need of natural's consonant/vowel group string, categorizeGroups:
 * replace(/[^aeiouy]+y/g, 'CV').replace(/[aeiou]+/g, 'V').replace(/[^V]+/g, 'C'). Computed in
 * one pass without building it: a run of non-[aeiouy] letters ending in y is C then V; a run of
 * vowels is one V; runs of consonants (with any y left over) are one C; a V mark stands alone.
 */
interface Groups { length: number; firstC: boolean; lastV: boolean; hasV: boolean; vBeforeLast: boolean }
const groups: Groups = { length: 0, firstC: false, lastV: false, hasV: false, vBeforeLast: false };

function scanGroups(token: string): Groups {
  // Symbols as they would be written: 1 = C, 2 = V (no closures here: this runs for every stem).
  let state = 0; // 1: inside a vowel run, 2: inside a consonant run, 3: just after a CV mark
  let length = 0; let first = 0; let last = 0; let vs = 0;
  const n = token.length;
  let i = 0;
  while (i < n) {
    const c = token[i];
    let sym = 0;
    if (isVowel(c)) {
      if (state !== 1) sym = 2;
      state = 1; i++;
    } else if (c === 'y') {
      if (state !== 2) sym = 1;
      state = 2; i++;
    } else {
      let j = i;
      while (j < n && !isVowel(token[j]) && token[j] !== 'y') j++;
      if (state !== 2) sym = 1;
      if (j < n && token[j] === 'y') {
        // The run and its y are the marks C then V; the C joins a consonant run before it.
        if (sym !== 0) { if (length === 0) first = sym; length++; }
        sym = 2;
        state = 3; i = j + 1;
      } else {
        state = 2; i = j;
      }
    }
    if (sym === 0) continue;
    if (length === 0) first = sym;
    if (sym === 2) vs++;
    last = sym;
    length++;
  }
  groups.length = length;
  groups.firstC = first === 1;
  groups.lastV = last === 2;
  groups.hasV = vs > 0;
  groups.vBeforeLast = vs - (last === 2 ? 1 : 0) > 0;
  return groups;
}

/**
 * natural's categorizeChars (replace(/[^aeiouy]y/g, 'CV').replace(/[aeiou]/g, 'V').replace(/[^V]/g, 'C'))
 * at one position: a vowel, or a y right after a letter other than [aeiouy], is V; all else C.
 */
function charIsV(token: string, i: number): boolean {
  const c = token[i];
  if (isVowel(c)) return true;
  if (c !== 'y' || i === 0) return false;
  const p = token[i - 1];
  return !isVowel(p) && p !== 'y';
}

/** Whether the categorized characters from `from` read C, V, C. */
function cvcAt(token: string, from: number): boolean {
  return from >= 0 && from + 3 <= token.length && !charIsV(token, from) && charIsV(token, from + 1) && !charIsV(token, from + 2);
}

/**
 * Twice Porter's measure M (VC sequences, after dropping a leading C and a trailing V); -2 for no
 * word. natural's M is that group count halved, which can be a fraction (1.5); callers compare the
 * doubled count with doubled thresholds (M > 1 is 2M > 2), same answers. Kept an integer because
 * the first fraction a cold run meets makes V8 discard the optimised stemmer and compile it again.
 */
function measure2(token: string | null): number {
  if (!token) return -2;
  const g = scanGroups(token);
  let len = g.length;
  if (g.firstC) len--;
  if (g.lastV) len--;
  return len;
}

function endsWithDoubleConsonant(token: string): boolean {
  const n = token.length;
  return n >= 2 && token[n - 1] === token[n - 2] && !isVowel(token[n - 1]);
}

/** The token with `suffix` replaced when it ends with it, else null ('' counts as no result, as in natural). */
function replaceSuffix(token: string, suffix: string, replacement: string): string | null {
  if (!token.endsWith(suffix)) return null;
  return token.slice(0, token.length - suffix.length) + replacement;
}

type Rule = [suffix: string, replacement: string];

/** natural's attemptReplacePatterns: each rule whose stem (taken from the original token) measures above `threshold` rewrites the running result. */
function replaceRules(token: string, rules: readonly Rule[], threshold: number | null): string {
  let replacement = token;
  // Indexed, not for-of with [suffix, by] destructuring: the same loop, with far less for V8 to
  // interpret and compile (array destructuring runs the iterator protocol).
  for (let i = 0; i < rules.length; i++) {
    const suffix = rules[i][0];
    if (threshold === null || measure2(replaceSuffix(token, suffix, '')) > 2 * threshold) {
      replacement = replaceSuffix(replacement, suffix, rules[i][1]) || replacement;
    }
  }
  return replacement;
}

function step1a(token: string): string {
  if (token.endsWith('sses') || token.endsWith('ies')) return token.slice(0, -2);
  if (token.endsWith('s') && token[token.length - 2] !== 's' && token.length > 2) return token.slice(0, -1);
  return token;
}

const STEP1B_RULES: readonly Rule[] = [['at', 'ate'], ['bl', 'ble'], ['iz', 'ize']];

function step1b(token: string): string {
  if (token.endsWith('eed')) {
    return measure2(token.slice(0, -3)) > 0 ? token.slice(0, -1) : token;
  }
  const cut = token.endsWith('ed') ? 2 : token.endsWith('ing') ? 3 : 0;
  if (cut === 0 || token.length === cut) return token;
  const stem = token.slice(0, -cut);
  if (!scanGroups(stem).hasV) return token;
  const result = replaceRules(stem, STEP1B_RULES, null);
  if (result !== stem) return result;
  const last = stem[stem.length - 1];
  if (endsWithDoubleConsonant(stem) && last !== 'l' && last !== 's' && last !== 'z') return stem.slice(0, -1);
  if (measure2(stem) === 2 && cvcAt(stem, stem.length - 3) && last !== 'w' && last !== 'x' && last !== 'y') return `${stem}e`;
  return stem;
}

function step1c(token: string): string {
  if (token.endsWith('y') && scanGroups(token).vBeforeLast) return `${token.slice(0, -1)}i`;
  return token;
}

const STEP2_RULES: readonly Rule[] = [['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'],
  ['izer', 'ize'], ['abli', 'able'], ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'],
  ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'],
  ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log']];

const STEP3_RULES: readonly Rule[] = [['icate', 'ic'], ['ative', ''], ['alize', 'al'],
  ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']];

const STEP4_SUFFIXES = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

/** natural's /^(.+?)(al|ance|...)$/ : the lazy prefix leaves the longest listed suffix, keeping at least one character. */
function step4(token: string): string {
  let longest = 0;
  for (let i = 0; i < STEP4_SUFFIXES.length; i++) {
    const s = STEP4_SUFFIXES[i];
    if (s.length > longest && s.length < token.length && token.endsWith(s)) longest = s.length;
  }
  if (longest > 0) {
    const stem = token.slice(0, token.length - longest);
    if (measure2(stem) > 2) return stem;
  }
  if (token.length > 4 && (token.endsWith('sion') || token.endsWith('tion'))) {
    const stem = token.slice(0, -3);
    if (measure2(stem) > 2) return stem;
  }
  return token;
}

function step5a(token: string): string {
  const stem = token.endsWith('e') ? token.slice(0, -1) : token;
  const m2 = measure2(stem);
  if (m2 > 2 || (m2 === 2 && !(cvcBeforeLast(token) && token.length >= 2 && !'wxy'.includes(token[token.length - 2])))) return stem;
  return token;
}

/** natural's categorizeChars(token).substr(-4, 3) === 'CVC'. */
function cvcBeforeLast(token: string): boolean {
  return cvcAt(token, Math.max(token.length - 4, 0));
}

function step5b(token: string): string {
  return measure2(token) > 2 && token.endsWith('ll') ? token.slice(0, -1) : token;
}

export function stemEnglish(word: string): string {
  if (word.length < 3) return word;
  return step5b(step5a(step4(replaceRules(replaceRules(step1c(step1b(step1a(word.toLowerCase()))), STEP2_RULES, 0), STEP3_RULES, 0))));
}
