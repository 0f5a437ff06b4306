/**
 * Splits themes whose tickets form two well-separated groups (one streaming theme can gather two
 * problems that share a word). Spherical 2-means on the members' vectors, seeded by the member
 * least like the theme and the member least like that one. A split is kept only when both
 * groups are big enough to count as recurring and, on average, the members of each group are
 * less similar to the other group than a ticket must be to join a theme: two groups the
 * streaming rule would not have put together.
 * The larger group keeps the theme id; pinned themes and hand-placed tickets are not split.
 */
import type { Member } from './consolidate.js';
import type { SparseVector } from './vectorize.js';

/** Each half must be at least this big (the size at which a theme counts as recurring). */
export const SPLIT_MIN = 3;
const ROUNDS = 4;

type Centroid = Map<string, number>;

function centroidOf(vs: readonly SparseVector[]): { c: Centroid; norm: number } {
  const c: Centroid = new Map();
  for (const v of vs) for (let i = 0; i < v.terms.length; i++) c.set(v.terms[i], (c.get(v.terms[i]) ?? 0) + v.weights[i]);
  let n2 = 0;
  for (const w of c.values()) n2 += w * w;
  return { c, norm: Math.sqrt(n2) || 1 };
}

function sim(v: SparseVector, c: { c: Centroid; norm: number }): number {
  let dot = 0;
  for (let i = 0; i < v.terms.length; i++) dot += v.weights[i] * (c.c.get(v.terms[i]) ?? 0);
  return dot / c.norm;
}

function meanSim(vs: readonly SparseVector[], c: { c: Centroid; norm: number }): number {
  let s = 0;
  for (const v of vs) s += sim(v, c);
  return s / vs.length;
}

function vsim(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  for (let i = 0; i < a.terms.length; i++) {
    const j = b.terms.indexOf(a.terms[i]);
    if (j >= 0) dot += a.weights[i] * b.weights[j];
  }
  return dot;
}

/** Returns the members of a second group, or null when the theme is one problem. */
export function twoGroups(group: readonly Member[], joinSimilarity: number): Member[] | null {
  if (group.length < 2 * SPLIT_MIN || group.some((m) => m.fixed)) return null;
  const whole = centroidOf(group.map((m) => m.vector));
  let a = group[0];
  let lo = Infinity;
  for (const m of group) { const s = sim(m.vector, whole); if (s < lo) { lo = s; a = m; } }
  let b = group[0];
  lo = Infinity;
  for (const m of group) { if (m === a) continue; const s = vsim(m.vector, a.vector); if (s < lo) { lo = s; b = m; } }
  let ca = centroidOf([a.vector]);
  let cb = centroidOf([b.vector]);
  let inB: boolean[] = [];
  let va: SparseVector[] = [];
  let vb: SparseVector[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    inB = group.map((m) => sim(m.vector, cb) > sim(m.vector, ca));
    va = group.filter((_, i) => !inB[i]).map((m) => m.vector);
    vb = group.filter((_, i) => inB[i]).map((m) => m.vector);
    if (va.length < SPLIT_MIN || vb.length < SPLIT_MIN) return null;
    ca = centroidOf(va);
    cb = centroidOf(vb);
  }
  const na = va.length;
  const nb = vb.length;
  if (meanSim(vb, ca) >= joinSimilarity || meanSim(va, cb) >= joinSimilarity) return null;
  const smaller = nb <= na;
  return group.filter((_, i) => inB[i] === smaller);
}
