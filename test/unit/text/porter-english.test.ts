import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { stemEnglish } from '../../../src/text/porter-english.js';

const require = createRequire(import.meta.url);
const natural = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(w: string): string };

/** Words built from random letters and the suffixes every Porter step looks for (seeded, so repeatable). */
function words(count: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyzaeiouyyyssleedtäöüß';
  const suffixes = ['', 's', 'es', 'sses', 'ies', 'eed', 'ed', 'ing', 'at', 'bl', 'iz', 'y', 'ational', 'tional', 'enci', 'anci',
    'izer', 'abli', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness',
    'aliti', 'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'al', 'ance', 'ence', 'er', 'ic',
    'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'sion', 'tion', 'ion', 'e', 'll'];
  let seed = 7;
  const pick = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return Math.floor((seed / 0x7fffffff) * n); };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let w = '';
    for (let j = pick(9); j > 0; j--) w += letters[pick(letters.length)];
    for (let j = pick(3); j > 0; j--) w += suffixes[pick(suffixes.length)];
    out.push(w);
  }
  return out;
}

describe('stemEnglish', () => {
  it('stems as the Porter stemmer does', () => {
    expect(['printers', 'connection', 'relational', 'hopping', 'happy', 'generalization', 'failed'].map(stemEnglish))
      .toEqual(['printer', 'connect', 'relat', 'hop', 'happi', 'gener', 'fail']);
  });

  it("gives natural's stem for every word, quirks included", () => {
    const differing = words(50_000).filter((w) => stemEnglish(w) !== natural.stem(w));
    expect(differing).toEqual([]);
  });
});
