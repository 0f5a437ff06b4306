/**
 * Binomial probabilities computed in log space, stable for n in the hundreds of thousands
 * (a direct product of n terms would under- or overflow long before).
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7, ~15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

export function logBinomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return -Infinity;
  if (p === 0) return k === 0 ? 0 : -Infinity;
  if (p === 1) return k === n ? 0 : -Infinity;
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}

/** Σ exp(logs), shifted by the largest term so nothing underflows to zero before it matters. */
function sumExp(logs: number[]): number {
  const max = logs.reduce((m, l) => (l > m ? l : m), -Infinity);
  if (max === -Infinity) return 0;
  return Math.exp(max) * logs.reduce((sum, l) => sum + Math.exp(l - max), 0);
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return Math.min(1, sumExp(range(0, k).map((i) => logBinomialPmf(i, n, p))));
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed directly rather than as 1 - cdf so tiny tails keep their precision. */
export function binomialSf(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return Math.min(1, sumExp(range(k, n).map((i) => logBinomialPmf(i, n, p))));
}

/**
 * Two-sided exact p-value by the "minimum likelihood" rule (as scipy.stats.binomtest): the total
 * probability of every outcome no more likely than the one observed.
 */
export function binomialTwoSided(k: number, n: number, p: number): number {
  const observed = logBinomialPmf(k, n, p);
  // Relative tolerance so outcomes equal to the observed one up to rounding are counted as equal.
  const threshold = observed + Math.log1p(1e-7);
  const logs = range(0, n).map((i) => logBinomialPmf(i, n, p)).filter((l) => l <= threshold);
  return Math.min(1, sumExp(logs));
}

/**
 * Clopper–Pearson interval for p given k successes in n, by bisection on the exact tails
 * (no beta-quantile function needed; 60 halvings reach double precision).
 */
export function clopperPearson(k: number, n: number, confidence = 0.95): { lower: number; upper: number } {
  const tail = (1 - confidence) / 2;
  const solve = (f: (p: number) => number) => {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (f(mid) < 0) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  // Lower: P(X ≥ k | p) rises with p; find where it reaches the tail. Upper: P(X ≤ k | p) falls with p.
  const lower = k === 0 ? 0 : solve((p) => binomialSf(k, n, p) - tail);
  const upper = k === n ? 1 : solve((p) => tail - binomialCdf(k, n, p));
  return { lower, upper };
}
