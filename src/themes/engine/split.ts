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

/**
 * A member's vector with its terms numbered within the theme being split: 2-means builds a dozen
 * centroids per theme, and dense arrays indexed by those numbers replace per-term Map lookups.
 */
interface Local { ids: Int32Array; weights: readonly number[] }
/** Weights by local term number; `norm` sums the squares in order of first use, as a Map would iterate. */
interface Centroid { w: Float64Array; norm: number }

function numbered(vs: readonly SparseVector[]): { locals: Local[]; size: number } {
  const number = new Map<string, number>();
  const locals = vs.map((v) => {
    const ids = new Int32Array(v.terms.length);
    for (let i = 0; i < v.terms.length; i++) {
      let id = number.get(v.terms[i]);
      if (id === undefined) { id = number.size; number.set(v.terms[i], id); }
      ids[i] = id;
    }
    return { ids, weights: v.weights };
  });
  return { locals, size: number.size };
}

function centroidOf(vs: readonly Local[], size: number): Centroid {
  const w = new Float64Array(size);
  const seen = new Uint8Array(size);
  const order: number[] = [];
  for (const v of vs) {
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i];
      if (seen[id] === 0) { seen[id] = 1; order.push(id); }
      w[id] += v.weights[i];
    }
  }
  let n2 = 0;
  for (const id of order) n2 += w[id] * w[id];
  return { w, norm: Math.sqrt(n2) || 1 };
}

function sim(v: Local, c: Centroid): number {
  let dot = 0;
  for (let i = 0; i < v.ids.length; i++) dot += v.weights[i] * c.w[v.ids[i]];
  return dot / c.norm;
}

function meanSim(vs: readonly Local[], c: Centroid): number {
  let s = 0;
  for (const v of vs) s += sim(v, c);
  return s / vs.length;
}

function vsim(a: Local, b: Local): number {
  let dot = 0;
  for (let i = 0; i < a.ids.length; i++) {
    const j = b.ids.indexOf(a.ids[i]);
    if (j >= 0) dot += a.weights[i] * b.weights[j];
  }
  return dot;
}

/** Returns the members of a second group, or null when the theme is one problem. */
export function twoGroups(group: readonly Member[], joinSimilarity: number): Member[] | null {
  if (group.length < 2 * SPLIT_MIN || group.some((m) => m.fixed)) return null;
  const { locals, size } = numbered(group.map((m) => m.vector));
  const whole = centroidOf(locals, size);
  let a = 0;
  let lo = Infinity;
  for (let i = 0; i < locals.length; i++) { const s = sim(locals[i], whole); if (s < lo) { lo = s; a = i; } }
  let b = 0;
  lo = Infinity;
  for (let i = 0; i < locals.length; i++) { if (i === a) continue; const s = vsim(locals[i], locals[a]); if (s < lo) { lo = s; b = i; } }
  let ca = centroidOf([locals[a]], size);
  let cb = centroidOf([locals[b]], size);
  let inB: boolean[] = [];
  let va: Local[] = [];
  let vb: Local[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    inB = locals.map((v) => sim(v, cb) > sim(v, ca));
    va = locals.filter((_, i) => !inB[i]);
    vb = locals.filter((_, i) => inB[i]);
    if (va.length < SPLIT_MIN || vb.length < SPLIT_MIN) return null;
    ca = centroidOf(va, size);
    cb = centroidOf(vb, size);
  }
  const na = va.length;
  const nb = vb.length;
  if (meanSim(vb, ca) >= joinSimilarity || meanSim(va, cb) >= joinSimilarity) return null;
  const smaller = nb <= na;
  return group.filter((_, i) => inB[i] === smaller);
}
