/**
 * Merging themes that are one problem. Streaming opens a theme whenever a ticket is not close
 * enough to an existing one, so one cause is often spread over several themes with related
 * centroids. They are joined by average linkage (UPGMA) over theme centroids: two groups of
 * themes join while the mean similarity between their themes reaches the threshold.
 *
 * The prototype saw unguarded, repeated merge rounds collapse everything into one theme. Here:
 * average, not single, linkage, so one shared word cannot chain unrelated themes together; no
 * group may hold more than MAX_SHARE of all tickets; alerts (grouped by template) and pinned
 * themes never merge. Only pairs sharing strong terms are compared (through the inverted index);
 * pairs never compared count as similarity 0, which only makes merging more cautious.
 */
import { themeSimilarity } from './centroid-math.js';
import type { Member } from './consolidate.js';
import type { Theme } from './theme.js';
import { ThemeIndex } from './theme-index.js';

const MAX_SHARE = 0.05;
const QUERY_TERMS = 8;

interface Group { themes: Theme[]; tickets: number; version: number; sums: Map<number, number> }
interface Candidate { score: number; a: number; b: number; va: number; vb: number }

export function mergeRelatedThemes(themes: Map<string, Theme>, members: Member[], pinned: ReadonlySet<string>, threshold: number): Map<string, string> {
  const eligible = [...themes.values()].filter((t) => t.kind === 'human' && !pinned.has(t.id));
  const groups: Group[] = eligible.map((t) => ({ themes: [t], tickets: t.size, version: 0, sums: new Map() }));
  const heap = new CandidateHeap();
  linkNeighbours(eligible, groups, heap, threshold);
  const cap = Math.max(10, MAX_SHARE * members.length);
  for (let c = heap.pop(); c !== undefined; c = heap.pop()) {
    const a = groups[c.a];
    const b = groups[c.b];
    if (a.version !== c.va || b.version !== c.vb) continue; // stale: a side changed since
    if (a.tickets + b.tickets > cap) continue;
    absorb(groups, c.a, c.b);
    for (const [k, sum] of a.sums) {
      const score = sum / (a.themes.length * groups[k].themes.length);
      if (score >= threshold) heap.push({ score, a: Math.min(c.a, k), b: Math.max(c.a, k), va: groups[Math.min(c.a, k)].version, vb: groups[Math.max(c.a, k)].version });
    }
  }
  const merged = new Map<string, string>();
  for (const g of groups) {
    if (g.themes.length < 2) continue;
    const into = g.themes.reduce((x, y) => (y.size > x.size || (y.size === x.size && y.id < x.id) ? y : x));
    for (const t of g.themes) if (t !== into) merged.set(t.id, into.id);
  }
  for (const m of members) {
    const into = merged.get(m.themeId);
    if (into && !m.fixed) m.themeId = into;
  }
  return merged;
}

function linkNeighbours(eligible: readonly Theme[], groups: Group[], heap: CandidateHeap, threshold: number): void {
  const index = new ThemeIndex();
  const at = new Map(eligible.map((t, i) => [t.id, i]));
  for (const t of eligible) index.put(t);
  eligible.forEach((a, i) => {
    const top = a.topTerms(QUERY_TERMS);
    const norm = Math.sqrt(a.norm2) || 1;
    // Query arrays made as vectorize makes a ticket's (pre-sized), so shortlist, already
    // optimised for those, sees the same array shapes and is not deoptimised and recompiled.
    const terms = new Array<string>(top.length);
    const weights = new Array<number>(top.length);
    for (let k = 0; k < top.length; k++) { terms[k] = top[k]; weights[k] = a.weight(top[k]) / norm; }
    for (const id of index.shortlist(terms, weights, QUERY_TERMS)) {
      const j = at.get(id)!;
      if (j === i || groups[i].sums.has(j)) continue;
      const sim = themeSimilarity(a, eligible[j]);
      if (sim <= 0) continue;
      groups[i].sums.set(j, sim);
      groups[j].sums.set(i, sim);
      if (sim >= threshold) heap.push({ score: sim, a: Math.min(i, j), b: Math.max(i, j), va: 0, vb: 0 });
    }
  });
}

function absorb(groups: Group[], ai: number, bi: number): void {
  const a = groups[ai];
  const b = groups[bi];
  a.themes.push(...b.themes);
  a.tickets += b.tickets;
  a.sums.delete(bi);
  for (const [k, sum] of b.sums) {
    if (k === ai) continue;
    const total = (a.sums.get(k) ?? 0) + sum;
    a.sums.set(k, total);
    const other = groups[k].sums;
    other.delete(bi);
    other.set(ai, total);
  }
  a.version++;
  b.version++;
  b.themes = [];
  b.sums = new Map();
}

class CandidateHeap {
  private readonly items: Candidate[] = [];
  private before(x: Candidate, y: Candidate): boolean {
    return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  push(c: Candidate): void {
    const h = this.items;
    h.push(c);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): Candidate | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l], h[m])) m = l;
        if (r < h.length && this.before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
