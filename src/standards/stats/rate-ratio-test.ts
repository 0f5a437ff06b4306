/**
 * Exact comparison of two Poisson rates (counts n1 over exposure t1 before, n2 over t2 after).
 * Conditional on the total n = n1 + n2, n2 ~ Binomial(n, t2 / (t1 + t2)) when the rates are equal,
 * so the binomial tail is an exact test that needs no large-sample approximation; it stays honest
 * for the small counts a single client produces.
 */
import { binomialCdf, binomialSf, binomialTwoSided, clopperPearson } from './binomial.js';

export interface RateRatioTest {
  before: number;
  after: number;
  /** (after / t2) / (before / t1); null when there were no events before (unbounded or undefined). */
  rateRatio: number | null;
  /** Confidence interval for the rate ratio; upper is null when unbounded. */
  interval: { lower: number; upper: number | null; confidence: number };
  pTwoSided: number;
  /** One-sided p for "the rate fell". */
  pReduced: number;
  /** One-sided p for "the rate rose". */
  pIncreased: number;
}

export function rateRatioTest(before: number, tBefore: number, after: number, tAfter: number, confidence = 0.95): RateRatioTest {
  if (!(tBefore > 0 && tAfter > 0)) throw new RangeError('exposures must be positive');
  const n = before + after;
  const p0 = tAfter / (tBefore + tAfter);
  const exposure = tBefore / tAfter;
  if (n === 0) {
    return { before, after, rateRatio: null, interval: { lower: 0, upper: null, confidence }, pTwoSided: 1, pReduced: 1, pIncreased: 1 };
  }
  // The interval for p = n2 / n maps onto the rate ratio through RR = p / (1 - p) · t1 / t2.
  const { lower, upper } = clopperPearson(after, n, confidence);
  const toRatio = (p: number) => (p / (1 - p)) * exposure;
  return {
    before,
    after,
    rateRatio: before === 0 ? null : (after / tAfter) / (before / tBefore),
    interval: { lower: toRatio(lower), upper: upper >= 1 ? null : toRatio(upper), confidence },
    pTwoSided: binomialTwoSided(after, n, p0),
    pReduced: binomialCdf(after, n, p0),
    pIncreased: binomialSf(after, n, p0),
  };
}
