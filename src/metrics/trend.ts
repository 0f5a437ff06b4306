/** How a theme is moving, from its counts alone; pure so the dashboard and tests agree on it. */
import type { Direction } from './direction.js';
export interface TrendInput {
  /** Tickets in the window and in the equal window before it. */
  current: number;
  previous: number;
  /** Σ tickets × (day index from the window's first day), over the window. */
  dayWeighted: number;
  /** Days in the window. */
  days: number;
  /** Tickets in the window's last 7 days, and in the 8 weeks before those. */
  recent: number;
  baseline: number;
}

export interface Trend {
  slopePerWeek: number;
  changePct: number | null;
  burstScore: number;
  direction: Direction;
}

export const BASELINE_WEEKS = 8;

/**
 * slope: least-squares tickets/week over the window's daily counts (zero days included).
 * changePct: against the previous equal window (null when that was empty).
 * burstScore: last week against the theme's own weekly mean over the 8 weeks before it, in
 * Poisson standard deviations. direction: new when the previous window had no tickets and this one
 * has (as in direction.ts); rising on a burst (score ≥ 3) or a change that is both ≥ 20% and twice
 * its Poisson noise; falling on the mirror of the latter; else steady.
 */
export function trend(t: TrendInput): Trend {
  const n = t.days;
  const sx = (n * (n - 1)) / 2;
  const sxx = ((n - 1) * n * (2 * n - 1)) / 6;
  const denom = n * sxx - sx * sx;
  const slopePerDay = denom > 0 ? (n * t.dayWeighted - sx * t.current) / denom : 0;
  const changePct = t.previous > 0 ? ((t.current - t.previous) / t.previous) * 100 : null;
  const expected = t.baseline / BASELINE_WEEKS;
  const burstScore = (t.recent - expected) / Math.sqrt(Math.max(expected, 1));
  const diff = t.current - t.previous;
  const noticeable = Math.abs(diff) >= 2 * Math.sqrt(t.current + t.previous) && Math.abs(diff) >= 0.2 * Math.max(t.previous, 1);
  const direction: Direction = t.previous === 0 && t.current > 0 ? 'new'
    : burstScore >= 3 || (noticeable && diff > 0) ? 'rising' : noticeable && diff < 0 ? 'falling' : 'steady';
  return { slopePerWeek: round(slopePerDay * 7, 3), changePct: changePct === null ? null : round(changePct, 1), burstScore: round(burstScore, 2), direction };
}

export const round = (x: number, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
