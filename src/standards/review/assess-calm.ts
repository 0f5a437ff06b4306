/**
 * "Is this client getting calmer?" Recurring tickets in the last three months against the three
 * before, with the same exact rate test as the proof of effect, so a quiet month is not called a trend.
 */
import { rateRatioTest } from '../stats/rate-ratio-test.js';
import type { CalmVerdict, ClientReview } from './client-review-schema.js';

export function assessCalm(monthly: ClientReview['monthly'], alpha = 0.05): { verdict: CalmVerdict; sentence: string } {
  const months = [...monthly].sort((a, b) => a.month.localeCompare(b.month));
  if (months.length < 6) {
    return { verdict: 'not_enough_history', sentence: 'Not enough history yet: a verdict needs six months of tickets.' };
  }
  const recurring = (slice: typeof months) => slice.reduce((sum, m) => sum + m.recurringTickets, 0);
  const before = recurring(months.slice(-6, -3));
  const after = recurring(months.slice(-3));
  const test = rateRatioTest(before, 3, after, 3);
  const counts = `${after} recurring tickets in the last three months against ${before} in the three before`;
  if (before + after >= 5 && test.pTwoSided < alpha) {
    return after < before
      ? { verdict: 'calmer', sentence: `Yes, getting calmer: ${counts}.` }
      : { verdict: 'busier', sentence: `No, getting busier: ${counts}.` };
  }
  return { verdict: 'about_the_same', sentence: `About the same: ${counts}, within normal variation.` };
}
