/**
 * Theme names are read by engineers, so they never show mask placeholders. A name comes from one
 * ticket, but the theme holds many whose numbers, hosts and users differ, so the central ticket's
 * value would mislead ("printer jam on floor 3" for a theme spanning floors): placeholders are
 * dropped, with the brackets, separators and a trailing preposition they leave behind
 * ("Disk full on <host>" reads "Disk full"; "printer jam on floor <num>" reads "printer jam on floor").
 */
const PLACEHOLDER = /<[a-z]+>|<\*>/g;
/** Brackets or quotes left empty, and separators left dangling, once placeholders are gone. */
const EMPTY_PAIR = /\(\s*[-,:;/#]*\s*\)|\[\s*[-,:;/#]*\s*\]|"\s*"|'\s*'/g;
const DANGLING_SEP = /(?:^|\s)[-,:;/#=@|]+(?=\s|$)/g;
const TRAILING = /(?:[\s,:;/#=@|-]+|\s+(?:on|at|in|for|from|to|of|with|by|via|since|after|before|until|seit|auf|an|bei|für|von|mit|nach|zu|im|am))+$/i;
const LEADING = /^[\s,:;/#=@|-]+/;

export function displayName(masked: string): string {
  if (!masked.includes('<')) return masked;
  let s = masked.replace(PLACEHOLDER, ' ');
  s = s.replace(EMPTY_PAIR, ' ').replace(DANGLING_SEP, ' ').replace(/\s+/g, ' ').trim();
  let prev = '';
  while (prev !== s) { prev = s; s = s.replace(TRAILING, '').replace(LEADING, ''); }
  return s;
}
