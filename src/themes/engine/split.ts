/**
 * Splits themes whose tickets form two well-separated groups (one streaming theme can gather two
 * problems that share a word: printer driver faults and toner orders, both about one printer).
 * Spherical 2-means on the members' vectors, seeded by the member least like the theme and the
 * member least like that one. A split is kept only when both groups are big enough to count as
 * recurring and their centroids are less alike than two themes must be to merge: the merge step
 * would never join them again, so split and merge agree on what is one problem.
 * The larger group keeps the theme id; pinned themes and hand-placed tickets are not split.
 *
 * Measured against the earlier rule (each group's members on average less similar to the other
 * group than a ticket must be to join a theme, which kept printer faults and toner orders
 * together): dev streams 3/7/11 AMI +0.006..+0.010 and purity5 +0.02..+0.04; gl-tickets over
 * nine arrival orders unchanged (AMI 0.3134, purity5 0.6764).
 */
import type { Member } from './consolidate.js';
import { TermSlots } from './term-slots.js';
import { hashesOf } from './vectorize.js';

/** Each half must be at least this big (the size at which a theme counts as recurring). */
export const SPLIT_MIN = 3;
const ROUNDS = 4;

/**
 * The members' vectors with their terms numbered within the theme being split (2-means builds a
 * dozen centroids per theme, and dense arrays indexed by those numbers replace per-term lookups),
 * laid end to end: member i's terms and weights are at start[i] up to start[i + 1]. Flat arrays,
 * not a typed array per member: allocating one is slow, and the largest themes have hundreds.
 */
interface Numbered { ids: Int32Array; weights: Float64Array; start: Int32Array; size: number }

/**
 * Weights by local term number (w), and the numbers in order of first use (`order`, the first
 * `used`; `seen` marks them): `norm` sums the squares in that order, as a Map would iterate.
 * Rebuilt in place.
 */
interface Centroid { w: Float64Array; seen: Uint8Array; order: Int32Array; used: number; norm: number }

function numbered(members: readonly Member[]): Numbered {
  let total = 0;
  for (const m of members) total += m.vector.terms.length;
  // Terms are numbered in order of first use, through the vectors' term hashes.
  const slots = new TermSlots(Math.min(total, 1024));
  const ids = new Int32Array(total);
  const weights = new Float64Array(total);
  const start = new Int32Array(members.length + 1);
  let k = 0;
  for (let i = 0; i < members.length; i++) {
    const v = members[i].vector;
    const hashes = hashesOf(v);
    start[i] = k;
    for (let j = 0; j < v.terms.length; j++, k++) {
      let id = slots.find(v.terms[j], hashes[j]);
      if (id < 0) id = slots.push(v.terms[j], hashes[j]);
      ids[k] = id;
      weights[k] = v.weights[j];
    }
  }
  start[members.length] = k;
  return { ids, weights, start, size: slots.size };
}

function emptyCentroid(size: number): Centroid {
  return { w: new Float64Array(size), seen: new Uint8Array(size), order: new Int32Array(size), used: 0, norm: 1 };
}

/**
 * Rebuilds `c` as the sum, in member order, of the members on side `side` (sides[i] === side), or
 * of every member from `from` to `to` when `side` is null.
 */
function centroidOf(c: Centroid, g: Numbered, sides: Uint8Array | null, side: number, from = 0, to = g.start.length - 1): void {
  const { w, seen, order } = c;
  const { ids, weights, start } = g;
  for (let k = 0; k < c.used; k++) { w[order[k]] = 0; seen[order[k]] = 0; }
  let used = 0;
  for (let i = from; i < to; i++) {
    if (sides !== null && sides[i] !== side) continue;
    for (let k = start[i]; k < start[i + 1]; k++) {
      const id = ids[k];
      if (seen[id] === 0) { seen[id] = 1; order[used++] = id; }
      w[id] += weights[k];
    }
  }
  c.used = used;
  let n2 = 0;
  for (let k = 0; k < used; k++) n2 += w[order[k]] * w[order[k]];
  c.norm = Math.sqrt(n2) || 1;
}

function sim(g: Numbered, i: number, c: Centroid): number {
  const { ids, weights, start } = g;
  const w = c.w;
  let dot = 0;
  for (let k = start[i]; k < start[i + 1]; k++) dot += weights[k] * w[ids[k]];
  return dot / c.norm;
}

/** Cosine similarity of two centroids. */
function centroidCosine(a: Centroid, b: Centroid): number {
  let dot = 0;
  for (let k = 0; k < a.used; k++) dot += a.w[a.order[k]] * b.w[a.order[k]];
  return dot / (a.norm * b.norm);
}

/**
 * Dot product of member i's vector with the one spread over `c.w` (by sim, with norm 1; a term
 * the other lacks adds 0, so the sum is the pairwise one, in i's term order).
 */
function dotWith(g: Numbered, i: number, c: Centroid): number {
  const { ids, weights, start } = g;
  const w = c.w;
  let dot = 0;
  for (let k = start[i]; k < start[i + 1]; k++) dot += weights[k] * w[ids[k]];
  return dot;
}

/**
 * Returns the members of a second group, or null when the theme is one problem. `mergeSimilarity`:
 * the centroid similarity at which the merge step joins two themes.
 */
export function twoGroups(group: readonly Member[], mergeSimilarity: number): Member[] | null {
  if (group.length < 2 * SPLIT_MIN || group.some((m) => m.fixed)) return null;
  const g = numbered(group);
  const n = group.length;
  const whole = emptyCentroid(g.size);
  centroidOf(whole, g, null, 0);
  let a = 0;
  let lo = Infinity;
  for (let i = 0; i < n; i++) { const s = sim(g, i, whole); if (s < lo) { lo = s; a = i; } }
  const ca = whole; // the whole theme's centroid is not needed again
  centroidOf(ca, g, null, 0, a, a + 1);
  // Member a's own vector, spread by term number: each member's dot product with it is one
  // pass over the member's terms, not a search of a's terms for each.
  let b = 0;
  lo = Infinity;
  for (let i = 0; i < n; i++) { if (i === a) continue; const s = dotWith(g, i, ca); if (s < lo) { lo = s; b = i; } }
  const cb = emptyCentroid(g.size);
  centroidOf(cb, g, null, 0, b, b + 1);
  const inB = new Uint8Array(n);
  let nb = 0;
  for (let r = 0; r < ROUNDS; r++) {
    nb = 0;
    for (let i = 0; i < n; i++) { inB[i] = sim(g, i, cb) > sim(g, i, ca) ? 1 : 0; nb += inB[i]; }
    if (n - nb < SPLIT_MIN || nb < SPLIT_MIN) return null;
    centroidOf(ca, g, inB, 0);
    centroidOf(cb, g, inB, 1);
  }
  const na = n - nb;
  if (centroidCosine(ca, cb) >= mergeSimilarity) return null;
  const smaller = nb <= na ? 1 : 0;
  return group.filter((_, i) => inB[i] === smaller);
}
