/**
 * A precompiled index over a set of standards. Built once per catalogue (plus a tenant's own
 * standards) and reused for every theme, so matching ~1,000 themes costs a few milliseconds.
 */
import type { Standard } from './standard-schema.js';
import { canonicalCode, conceptKeys } from './surface-forms.js';

export type EvidenceKind = 'term' | 'template' | 'category';

export interface EvidenceItem {
  standard: number;
  kind: EvidenceKind;
  /** Distinct concept keys that must all appear in one theme source. */
  keys: string[];
  label: string;
  weight: number;
}

export interface StandardIndex {
  standards: readonly Standard[];
  items: EvidenceItem[];
  /** Concept key → items listed under their rarest key (each item once). */
  byKey: Map<string, number[]>;
  /** Canonical error code → standards that name it, with the code as the catalogue writes it. */
  byCode: Map<string, Array<{ standard: number; label: string }>>;
}

/** Why these weights: an error code or alert template names a cause almost uniquely; a word only hints at one. */
export const WEIGHTS = { code: 4, template: 3, phrase: 1.5, word: 1, category: 0.5 } as const;

export function buildMatchIndex(standards: readonly Standard[]): StandardIndex {
  const items = standards.flatMap(collectItems);
  const n = standards.length;
  // Specificity of an item = how few standards contain all its keys together: "mailbox" is shared,
  // "mailbox full" is not, even though both of its words are.
  const keySets = standards.map((_, s) => items.filter((item) => item.standard === s).map((item) => new Set(item.keys)));
  // Checking a standard's whole vocabulary first skips most standards without looking at their items.
  const vocabularies = keySets.map((sets) => new Set(sets.flatMap((set) => [...set])));
  const containing = (keys: string[]) =>
    keySets.filter((sets, s) => keys.every((k) => vocabularies[s].has(k)) && sets.some((set) => keys.every((k) => set.has(k)))).length;
  const singleFrequency = new Map<string, number>();
  for (const item of items) {
    const frequency = containing(item.keys);
    item.weight *= Math.log(1 + n / Math.max(1, frequency)) / Math.log(1 + n);
    if (item.keys.length === 1) singleFrequency.set(item.keys[0], frequency);
  }
  const rarity = (key: string) => singleFrequency.get(key) ?? vocabularies.filter((vocabulary) => vocabulary.has(key)).length;

  const byKey = new Map<string, number[]>();
  items.forEach((item, i) => {
    const rarest = item.keys.reduce((a, b) => (rarity(a) <= rarity(b) ? a : b));
    const listed = byKey.get(rarest) ?? [];
    listed.push(i);
    byKey.set(rarest, listed);
  });

  const byCode = new Map<string, Array<{ standard: number; label: string }>>();
  standards.forEach((standard, s) => {
    for (const code of standard.evidence.errorCodes) {
      const entries = byCode.get(canonicalCode(code)) ?? [];
      if (!entries.some((entry) => entry.standard === s)) entries.push({ standard: s, label: code });
      byCode.set(canonicalCode(code), entries);
    }
  });
  return { standards, items, byKey, byCode };
}

function collectItems(standard: Standard, s: number): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const signatures = new Set<string>();
  const add = (kind: EvidenceKind, label: string, phraseBase: number, wordBase = phraseBase) => {
    const keys = [...new Set(conceptKeys(label))];
    const base = keys.length > 1 ? phraseBase : wordBase;
    const signature = `${kind}:${[...keys].sort().join(' ')}`;
    // "Drucker" and "printer" reduce to the same keys: count the evidence once, not once per language.
    if (keys.length === 0 || signatures.has(signature)) return;
    signatures.add(signature);
    items.push({ standard: s, kind, keys, label, weight: base });
  };
  const { terms, templates, categories } = standard.evidence;
  for (const term of terms) add('term', term, WEIGHTS.phrase, WEIGHTS.word);
  for (const template of templates) add('template', template, WEIGHTS.template);
  for (const category of categories) add('category', category, WEIGHTS.category);
  return items;
}
