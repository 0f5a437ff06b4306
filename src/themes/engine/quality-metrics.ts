/**
 * Clustering quality against reference labels: AMI (with the exact expected mutual information,
 * Vinh et al. 2010, arithmetic-mean normalisation as in scikit-learn), NMI, V-measure, purity of
 * themes with >= 5 tickets and the share of tickets in themes with >= 3.
 */
export interface Quality { ami: number; nmi: number; vMeasure: number; purity5: number; coverage3: number }

function counts(xs: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

function entropy(c: Map<string, number>, n: number): number {
  let h = 0;
  for (const v of c.values()) h -= (v / n) * Math.log(v / n);
  return h;
}

/** log(k!) for k = 0..n. */
function logFactorials(n: number): Float64Array {
  const f = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) f[i] = f[i - 1] + Math.log(i);
  return f;
}

function expectedMutualInfo(a: number[], b: number[], n: number): number {
  const lf = logFactorials(n);
  let emi = 0;
  for (const ai of a) {
    for (const bj of b) {
      const lo = Math.max(1, ai + bj - n);
      const hi = Math.min(ai, bj);
      for (let nij = lo; nij <= hi; nij++) {
        const term = (nij / n) * Math.log((n * nij) / (ai * bj));
        const logP = lf[ai] + lf[bj] + lf[n - ai] + lf[n - bj] - lf[n] - lf[nij] - lf[ai - nij] - lf[bj - nij] - lf[n - ai - bj + nij];
        emi += term * Math.exp(logP);
      }
    }
  }
  return emi;
}

export function quality(labels: readonly string[], clusters: readonly string[]): Quality {
  const n = labels.length;
  const lc = counts(labels);
  const cc = counts(clusters);
  const joint = new Map<string, Map<string, number>>();
  for (let i = 0; i < n; i++) {
    let row = joint.get(clusters[i]);
    if (!row) { row = new Map(); joint.set(clusters[i], row); }
    row.set(labels[i], (row.get(labels[i]) ?? 0) + 1);
  }
  let mi = 0;
  for (const [c, row] of joint) for (const [l, nij] of row) mi += (nij / n) * Math.log((n * nij) / (cc.get(c)! * lc.get(l)!));
  const hl = entropy(lc, n);
  const hc = entropy(cc, n);
  const mean = (hl + hc) / 2;
  const emi = expectedMutualInfo([...lc.values()], [...cc.values()], n);
  const amiDen = mean - emi;
  const ami = lc.size === cc.size && lc.size <= 1 ? 1 : Math.abs(amiDen) < 1e-12 ? 0 : (mi - emi) / amiDen;
  const nmi = mean === 0 ? 1 : mi / mean;
  const homogeneity = hl === 0 ? 1 : mi / hl;
  const completeness = hc === 0 ? 1 : mi / hc;
  const vMeasure = homogeneity + completeness === 0 ? 0 : (2 * homogeneity * completeness) / (homogeneity + completeness);
  let big = 0; let pure = 0; let covered = 0;
  for (const [c, row] of joint) {
    const size = cc.get(c)!;
    if (size >= 3) covered += size;
    if (size >= 5) { big += size; pure += Math.max(...row.values()); }
  }
  return { ami, nmi, vMeasure, purity5: big ? pure / big : 0, coverage3: n ? covered / n : 0 };
}
