/**
 * Guarded merge of near-duplicate themes. The prototype saw repeated merge rounds collapse
 * everything into one theme, so: one round, a theme takes part in at most one merge, pinned
 * themes never, alerts never (their templates already group exactly), and no merge may build
 * a theme holding more than MAX_SHARE of all tickets.
 */
import { centroidCosine } from './centroid-math.js';
import type { Member } from './consolidate.js';
import type { Theme } from './theme.js';
import { ThemeIndex } from './theme-index.js';

const MAX_SHARE = 0.05;
const QUERY_TERMS = 8;

export function mergeNearDuplicates(themes: Map<string, Theme>, members: Member[], pinned: ReadonlySet<string>, threshold: number): Map<string, string> {
  const eligible = [...themes.values()].filter((t) => t.kind === 'human' && !pinned.has(t.id));
  const index = new ThemeIndex();
  for (const t of eligible) index.put(t);
  const pairs: Array<[Theme, Theme, number]> = [];
  for (const a of eligible) {
    // Only the themes whose indexed terms give the largest share of the cosine are compared in
    // full (as in assignment): a pair at the merge threshold shares its strongest terms.
    const terms = a.topTerms(QUERY_TERMS);
    const norm = Math.sqrt(a.norm2) || 1;
    for (const id of index.shortlist(terms, terms.map((t) => a.weight(t) / norm), QUERY_TERMS)) {
      const b = themes.get(id)!;
      if (b.id <= a.id || pinned.has(b.id) || b.kind !== 'human') continue;
      const sim = centroidCosine(a, b);
      if (sim >= threshold) pairs.push([a, b, sim]);
    }
  }
  pairs.sort((x, y) => y[2] - x[2] || (x[0].id < y[0].id ? -1 : 1));
  const cap = Math.max(10, MAX_SHARE * members.length);
  const used = new Set<string>();
  const merged = new Map<string, string>();
  for (const [a, b] of pairs) {
    if (used.has(a.id) || used.has(b.id) || a.size + b.size > cap) continue;
    used.add(a.id); used.add(b.id);
    const [from, into] = a.size > b.size || (a.size === b.size && a.id < b.id) ? [b, a] : [a, b];
    merged.set(from.id, into.id);
  }
  for (const m of members) {
    const into = merged.get(m.themeId);
    if (into && !m.fixed) m.themeId = into;
  }
  return merged;
}
