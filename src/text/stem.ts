/**
 * Porter stemming: English through a faster port of natural's stemmer (porter-english.ts, same
 * stems), German through natural's, imported file by file (the package entry point is slow and
 * pulls database drivers). Not memoised here: the one caller, preparation, caches what each
 * distinct token becomes (stem included), so a cache here only held a second copy of each stem.
 */
import { createRequire } from 'node:module';
import { stemEnglish } from './porter-english.js';

interface Stemmer { stem(token: string): string }
const require = createRequire(import.meta.url);
const english: Stemmer = { stem: stemEnglish };
const german = require('natural/lib/natural/stemmers/porter_stemmer_de.js') as Stemmer;

const STEMMABLE = /^[a-zäöüß]{4,40}$/;

export function stem(token: string, lang: 'en' | 'de'): string {
  if (!STEMMABLE.test(token)) return token;
  return (lang === 'de' ? german : english).stem(token) || token;
}
