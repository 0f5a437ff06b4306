/**
 * Which way a count moved from one period to the next equal one, in words an engineer reads at a
 * glance. New when the earlier period had none (a theme that just appeared is not "rising" from
 * zero); rising or falling only when the change is clear of small-number noise (a quarter and
 * more than one ticket): 2 tickets after 1 is steady, 30 after 6 is rising. The dashboard's
 * statistical trend (trend.ts) is a separate measure with its own test of noise.
 */
export type Direction = 'new' | 'rising' | 'steady' | 'falling';

export const DIRECTIONS = ['new', 'rising', 'steady', 'falling'] as const satisfies readonly Direction[];

export function direction(recent: number, previous: number): Direction {
  if (previous === 0) return recent > 0 ? 'new' : 'steady';
  if (recent > previous * 1.25 + 1) return 'rising';
  if (recent < previous * 0.75 - 1) return 'falling';
  return 'steady';
}
