/**
 * Matches a theme against the standards: which standards would stop it, how sure we are, and why.
 * Evidence is accumulated per standard and turned into a confidence with 1 - exp(-evidence / 3):
 * an error code alone gives ~0.74, an alert template ~0.63, a specific phrase plus a word ~0.55,
 * a single shared word stays under the minimum.
 */
import { buildMatchIndex, WEIGHTS, type EvidenceItem, type StandardIndex } from './match-index.js';
import type { Standard } from './standard-schema.js';
import { canonicalCode, codesInText, conceptKeys } from './surface-forms.js';
import type { StandardMatch, ThemeEvidence } from './theme-types.js';

export const MIN_CONFIDENCE = 0.35;
const EVIDENCE_SCALE = 3;

export interface MatchOptions {
  minConfidence?: number;
}

const indexCache = new WeakMap<readonly Standard[], StandardIndex>();

/** Accepts the standards themselves (indexed once per array, cached) or an index built with buildMatchIndex. */
export function matchTheme(
  theme: ThemeEvidence,
  standards: readonly Standard[] | StandardIndex,
  options: MatchOptions = {},
): StandardMatch[] {
  const index = 'byKey' in standards ? standards : cachedIndex(standards);
  const minConfidence = options.minConfidence ?? MIN_CONFIDENCE;
  const found = new Map<number, { codeEvidence: number; items: EvidenceItem[]; codes: string[] }>();
  const entry = (s: number) => {
    let e = found.get(s);
    if (!e) found.set(s, (e = { codeEvidence: 0, items: [], codes: [] }));
    return e;
  };

  const sources = themeSources(theme);
  const allKeys = new Set(sources.text.flatMap((source) => [...source]));
  const seenItems = new Set<number>();
  for (const key of allKeys) {
    for (const itemIndex of index.byKey.get(key) ?? []) {
      const item = index.items[itemIndex];
      if (seenItems.has(itemIndex) || item.kind === 'category') continue;
      seenItems.add(itemIndex);
      const inTemplate = item.kind === 'template' && sources.template !== null && item.keys.every((k) => sources.template?.has(k));
      if (!inTemplate && !sources.text.some((source) => item.keys.every((k) => source.has(k)))) continue;
      const e = entry(item.standard);
      // An alert fragment found in people's words is a phrase match, not proof of the alert.
      const counted = item.kind === 'template' && !inTemplate ? { ...item, kind: 'term' as const, weight: item.weight / 2 } : item;
      e.items.push(counted);
    }
  }
  for (const key of sources.categories) {
    for (const itemIndex of index.byKey.get(key) ?? []) {
      const item = index.items[itemIndex];
      if (item.kind !== 'category' || seenItems.has(itemIndex) || !item.keys.every((k) => sources.categories.has(k))) continue;
      seenItems.add(itemIndex);
      entry(item.standard).items.push(item);
    }
  }
  for (const code of themeCodes(theme)) {
    for (const hit of index.byCode.get(code) ?? []) {
      const e = entry(hit.standard);
      if (e.codes.includes(hit.label)) continue;
      e.codeEvidence += WEIGHTS.code;
      e.codes.push(hit.label);
    }
  }

  const matches: StandardMatch[] = [];
  for (const [s, e] of found) {
    const confidence = 1 - Math.exp(-(e.codeEvidence + wordEvidence(e.items)) / EVIDENCE_SCALE);
    if (confidence < minConfidence) continue;
    matches.push({ standardId: index.standards[s].id, confidence: round(confidence), reasons: describe(e.items, e.codes, sources.surface) });
  }
  return matches.sort((a, b) => b.confidence - a.confidence || a.standardId.localeCompare(b.standardId));
}

/**
 * "windows update", "update failed" and "windows update failed" are one observation, not three:
 * strongest first, each further item counts for the share of its words not yet seen (at least a quarter).
 */
function wordEvidence(items: EvidenceItem[]): number {
  const seen = new Set<string>();
  let evidence = 0;
  for (const item of [...items].sort((a, b) => b.weight - a.weight)) {
    const fresh = item.keys.filter((k) => !seen.has(k)).length / item.keys.length;
    evidence += item.weight * Math.max(0.25, fresh);
    item.keys.forEach((k) => seen.add(k));
  }
  return evidence;
}

function cachedIndex(standards: readonly Standard[]): StandardIndex {
  let index = indexCache.get(standards);
  if (!index) indexCache.set(standards, (index = buildMatchIndex(standards)));
  return index;
}

interface ThemeSources {
  /** Each source is one place words co-occur: the top terms as a bag, the name, each sample title, the template. */
  text: Array<Set<string>>;
  /** The theme's alert template, where full template weight applies. */
  template: Set<string> | null;
  categories: Set<string>;
  /** Concept key → the theme's own word for it, for the reasons shown to engineers. */
  surface: Map<string, string>;
}

function themeSources(theme: ThemeEvidence): ThemeSources {
  const surface = new Map<string, string>();
  const note = (text: string) => {
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      const [key] = conceptKeys(word);
      if (key && !surface.has(key)) surface.set(key, word);
    }
  };
  [...theme.terms, theme.name, ...theme.sampleTitles, theme.template ?? ''].forEach(note);
  const texts = [theme.terms.join(' '), theme.name, ...theme.sampleTitles, theme.template ?? ''];
  return {
    text: texts.filter(Boolean).map((text) => new Set(conceptKeys(text))),
    template: theme.template ? new Set(conceptKeys(theme.template)) : null,
    categories: new Set(theme.categories.flatMap(conceptKeys)),
    surface,
  };
}

function themeCodes(theme: ThemeEvidence): Set<string> {
  const codes = new Set<string>();
  for (const code of theme.errorCodes) {
    const canonical = canonicalCode(code);
    codes.add(canonical);
    // A bare number from the theme engine ("4740") may be an event id or an installer error.
    if (/^\d{3,6}$/.test(canonical)) ['event', 'error'].forEach((prefix) => codes.add(prefix + canonical));
  }
  for (const text of [theme.name, theme.template ?? '', ...theme.sampleTitles]) codesInText(text).forEach((c) => codes.add(c));
  return codes;
}

function describe(items: EvidenceItem[], codes: string[], surface: Map<string, string>): string[] {
  const reasons = codes.map((code) => `error code ${code}`);
  for (const item of items.filter((i) => i.kind === 'template')) reasons.push(`alert template "${item.label}"`);
  const words = [...new Set(items.filter((i) => i.kind === 'term').flatMap((i) => i.keys.map((k) => surface.get(k) ?? k)))];
  if (words.length > 0) reasons.push(`terms: ${words.join(', ')}`);
  const categories = items.filter((i) => i.kind === 'category').map((i) => i.label);
  if (categories.length > 0) reasons.push(`category: ${categories.join(', ')}`);
  return reasons;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
