import { describe, expect, it } from 'vitest';
import { binomialCdf, binomialSf, binomialTwoSided, clopperPearson, logGamma } from '../../../src/standards/stats/binomial.js';
import { rateRatioTest } from '../../../src/standards/stats/rate-ratio-test.js';

// Reference values computed with scipy 1.17 (scipy.special.gammaln, scipy.stats.binom, scipy.stats.binomtest).
const close = (actual: number, expected: number, relative = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(Math.abs(expected), 1e-300));

describe('logGamma', () => {
  it('matches known values, small and large', () => {
    close(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-12);
    close(logGamma(0.1), 2.252712651734206);
    close(logGamma(101), 363.73937555556347);
    close(logGamma(1000.5), 5908.674175848678);
    close(logGamma(1e6), 12815504.569147611);
  });
});

describe('binomial tails', () => {
  it.each([
    [3, 20, 0.5, 0.0012884140014648438, 0.9997987747192383, 0.0025768280029296875],
    [0, 10, 0.5, 0.0009765625, 1.0, 0.001953125],
    [15, 40, 0.3, 0.8848533494186118, 0.19255175473517566, 0.3035609299849731],
    [4990, 10000, 0.5, 0.424655163318659, 0.5831655105779907, 0.849310326637318],
    [120, 1000, 0.1, 0.98274276947338, 0.021996144965794422, 0.039607719641630554],
  ])('k=%s n=%s p=%s agrees with scipy', (k, n, p, cdf, sf, twoSided) => {
    close(binomialCdf(k, n, p), cdf);
    close(binomialSf(k, n, p), sf);
    close(binomialTwoSided(k, n, p), twoSided, 1e-8);
  });

  it('keeps tiny tails instead of rounding them to zero', () => {
    close(binomialCdf(2, 200, 0.5), 1.250888301002868e-56);
  });

  it('handles the edges', () => {
    expect(binomialCdf(-1, 10, 0.5)).toBe(0);
    expect(binomialCdf(10, 10, 0.5)).toBe(1);
    expect(binomialSf(0, 10, 0.5)).toBe(1);
    expect(binomialSf(11, 10, 0.5)).toBe(0);
  });
});

describe('Clopper-Pearson interval', () => {
  it.each([
    [6, 30, 0.07713551200080211, 0.38566651099660665],
    [0, 12, 0, 0.26464846939705117],
    [12, 12, 0.7353515306029488, 1],
    [45, 100, 0.35032022923967204, 0.5527198112260501],
  ])('k=%d n=%d agrees with scipy', (k, n, lower, upper) => {
    const ci = clopperPearson(k, n);
    expect(ci.lower).toBeCloseTo(lower, 10);
    expect(ci.upper).toBeCloseTo(upper, 10);
  });
});

describe('rateRatioTest (exact conditional test for two Poisson rates)', () => {
  it('equal exposures: 24 before, 6 after is a clear fall', () => {
    const test = rateRatioTest(24, 90, 6, 90);
    expect(test.rateRatio).toBe(0.25);
    close(test.pTwoSided, 0.0014309063553810122, 1e-8);
    close(test.pReduced, 0.0007154531776905061, 1e-8);
    // CI for the ratio is the Clopper-Pearson interval for 6/30 mapped through p / (1 - p).
    expect(test.interval.lower).toBeCloseTo(0.07713551200080211 / (1 - 0.07713551200080211), 9);
    expect(test.interval.upper).toBeCloseTo(0.38566651099660665 / (1 - 0.38566651099660665), 9);
  });

  it('unequal exposures use p0 = t2 / (t1 + t2)', () => {
    const test = rateRatioTest(20, 60, 5, 90);
    expect(test.rateRatio).toBeCloseTo(5 / 90 / (20 / 60), 12);
    close(test.pTwoSided, 5.643277518083251e-5, 1e-8);
    close(test.pReduced, 5.358974637783954e-5, 1e-8);
  });

  it('a rise gives a small pIncreased and a ratio above 1', () => {
    const test = rateRatioTest(20, 90, 40, 90);
    expect(test.rateRatio).toBe(2);
    close(test.pTwoSided, 0.01348929373119186, 1e-8);
    expect(test.pIncreased).toBeLessThan(0.01);
  });

  it('nothing before: the ratio and the upper bound are unbounded, reported as null', () => {
    const test = rateRatioTest(0, 30, 4, 30);
    expect(test.rateRatio).toBeNull();
    expect(test.interval.upper).toBeNull();
    expect(rateRatioTest(0, 30, 0, 30).pTwoSided).toBe(1);
  });
});
