/**
 * Theme names are read by engineers, so they never show mask placeholders. A name comes from one
 * ticket, but the theme holds many whose numbers, hosts and users differ, so the central ticket's
 * value would mislead ("printer jam on floor 3" for a theme spanning floors): placeholders are
 * dropped, with the brackets, separators and a trailing preposition they leave behind
 * ("Disk full on <host>" reads "Disk full"; "printer jam on floor <num>" reads "printer jam on floor").
 */
const PREPOSITION = '(?:on|at|in|for|from|to|of|with|by|via|since|after|before|until|seit|auf|an|bei|für|von|mit|nach|zu|im|am)';
/** A placeholder, with the preposition before it and the am/pm and time zone after a masked time. */
const PLACEHOLDER = new RegExp(`(?:\\b${PREPOSITION}\\s+)?(?:<time>(?:\\s*[ap]\\.?m\\b\\.?)?(?:\\s*(?:utc|gmt|et|est|edt|ct|cst|cdt|pt|pst|pdt|cet|cest|mez|mesz|ist)\\b)?|<[a-z]+>|<\\*>)`, 'gi');
/** Brackets or quotes left empty, and separators left dangling, once placeholders are gone. */
const EMPTY_PAIR = /\(\s*[-,:;/#]*\s*\)|\[\s*[-,:;/#]*\s*\]|"\s*"|'\s*'/g;
const DANGLING_SEP = /(?:^|\s)[-,:;/#=@|]+(?=\s|$)/g;
/**
 * One separator per repetition, not a run: with a run inside the repetition, a long run not at
 * the end ("<ip> ------------------------------ x") could be split between repetitions in
 * exponentially many ways before the match fails (24 dashes took a second). The same suffixes match.
 */
const TRAILING = new RegExp(`(?:[\\s,:;/#=@|-]|\\s+${PREPOSITION})+$`, 'i');
const LEADING = /^[\s,:;/#=@|-]+/;
/** A preposition whose object was a placeholder, before punctuation ("down since <time> on <date>." reads "down."). */
const ORPHAN_PREPOSITION = new RegExp(`\\s+${PREPOSITION}(?=\\s*[.,;:!?](?:\\s|$))`, 'gi');
/** Sentence punctuation a removed placeholder left standing apart (a colon is a label's: it goes). */
const SPACE_BEFORE_PUNCTUATION = /\s+([.,;!?])(?=\s|$)/g;

export function displayName(masked: string): string {
  if (!masked.includes('<')) return masked;
  let s = masked.replace(PLACEHOLDER, ' ').replace(SPACE_BEFORE_PUNCTUATION, '$1');
  s = s.replace(EMPTY_PAIR, ' ').replace(DANGLING_SEP, ' ').replace(/\s+/g, ' ').trim();
  let prev = '';
  while (prev !== s) { prev = s; s = s.replace(ORPHAN_PREPOSITION, '').replace(TRAILING, '').replace(LEADING, ''); }
  return s.replace(SPACE_BEFORE_PUNCTUATION, '$1');
}

/**
 * Longest automatic theme name. A name is read at a glance in lists and dashboards; some PSAs
 * send a whole first message as the subject, and an import may map a description to the title.
 */
export const MAX_NAME_CHARS = 100;

/**
 * A name cut to MAX_NAME_CHARS at a word boundary, with an ellipsis so it reads as shortened.
 * Counted in code points, so a CJK or emoji character is never split in half.
 */
export function clipName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME_CHARS) return name;
  let cut = chars.slice(0, MAX_NAME_CHARS - 1).join('');
  // Back to the last space when that keeps most of the text (CJK text has no spaces to cut at).
  const space = cut.lastIndexOf(' ');
  if (space >= MAX_NAME_CHARS * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(TRAILING, '')}…`;
}
