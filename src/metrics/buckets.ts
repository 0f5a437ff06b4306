export type Interval = 'day' | 'week' | 'month';

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of a UTC date. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The UTC day a time falls in, as a Date at midnight. */
export const startOfDay = (d: Date) => new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);

/** The first day of the bucket holding d: itself, its ISO week's Monday, or the 1st of its month. */
export function bucketStart(d: Date, interval: Interval): Date {
  const day = startOfDay(d);
  if (interval === 'day') return day;
  if (interval === 'week') return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
}

function next(d: Date, interval: Interval): Date {
  if (interval === 'day') return new Date(d.getTime() + DAY_MS);
  if (interval === 'week') return new Date(d.getTime() + 7 * DAY_MS);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** Every bucket start from the one holding `fromDay` up to (excluding) `toDay`, so series have no gaps. */
export function bucketStarts(fromDay: Date, toDay: Date, interval: Interval): string[] {
  const out: string[] = [];
  for (let d = bucketStart(fromDay, interval); d < toDay; d = next(d, interval)) out.push(isoDay(d));
  return out;
}

/** How many buckets bucketStarts would return, counting no further than `cap + 1`. */
export function bucketCount(fromDay: Date, toDay: Date, interval: Interval, cap: number): number {
  let n = 0;
  for (let d = bucketStart(fromDay, interval); d < toDay && n <= cap; d = next(d, interval)) n++;
  return n;
}

/**
 * A request window in whole UTC days: `from` rounds down, `to` (exclusive) rounds up, so a
 * Grafana range like 10:37 → 10:37 a week later covers the eight days it touches.
 */
export function dayWindow(from: Date, to: Date): { fromDay: Date; toDay: Date; days: number } {
  const fromDay = startOfDay(from);
  const toDay = new Date(Math.ceil(to.getTime() / DAY_MS) * DAY_MS);
  return { fromDay, toDay, days: Math.max(0, Math.round((toDay.getTime() - fromDay.getTime()) / DAY_MS)) };
}

export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
