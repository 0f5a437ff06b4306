/**
 * Porter stemming: English through a faster port of natural's stemmer (porter-english.ts, same
 * stems), German through natural's, imported file by file (the package entry point is slow and
 * pulls database drivers). Stems are memoised: ticket vocabularies are Zipfian, so a small cache
 * answers nearly every call.
 */
import { createRequire } from 'node:module';
import { stemEnglish } from './porter-english.js';

interface Stemmer { stem(token: string): string }
const require = createRequire(import.meta.url);
const english: Stemmer = { stem: stemEnglish };
const german = require('natural/lib/natural/stemmers/porter_stemmer_de.js') as Stemmer;

const CACHE_LIMIT = 100_000;
const caches = { en: new Map<string, string>(), de: new Map<string, string>() };
const STEMMABLE = /^[a-zäöüß]{4,40}$/;

export function stem(token: string, lang: 'en' | 'de'): string {
  if (!STEMMABLE.test(token)) return token;
  const cache = caches[lang];
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  const s = (lang === 'de' ? german : english).stem(token) || token;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, s);
  return s;
}
