/**
 * Dates the API accepts. ISO 8601 allows years 0000-9999, but PostgreSQL has no year 0, a default
 * window reaching back from an early `to` fell before year 1, and one reaching to the end of 9999
 * ended in year 10000 once rounded up to a whole month: validation said yes and the database
 * then failed. A ticket's own dates may say 9999 (some PSAs write it for "never"); the dates
 * that bound a window, or say when something happened, belong to this millennium.
 *
 * Each value gets one message saying what is wrong with it: the commonest mistake, a local time
 * with no timezone, is named as such rather than as an invalid date.
 */
import { z } from 'zod';
import { badRequest } from './errors.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

interface DateRule { days: boolean; fromYear: number; toYear: number }

/** Why `s` is not an acceptable date under `rule`, or null when it is. */
export function dateProblem(s: string, rule: DateRule): string | null {
  const example = rule.days ? 'a day (2026-11-01, midnight UTC) or a date-time with a timezone (2026-11-01T09:00:00Z)' : 'a date-time with a timezone, e.g. 2026-11-01T09:00:00Z';
  const day = DAY.exec(s);
  const time = day ? null : DATE_TIME.exec(s);
  const parts = day ?? time;
  if (!parts) return `must be ${example}`;
  if (day && !rule.days) return 'has no time of day: give a date-time with a timezone, e.g. 2026-11-01T09:00:00Z';
  if (time && time[7] === undefined) return 'has no timezone: add Z (UTC) or an offset such as +01:00';
  const [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const real = new Date(0);
  real.setUTCFullYear(y, mo - 1, d); // Date.UTC would read years 0-99 as 1900-1999
  if (mo < 1 || mo > 12 || real.getUTCFullYear() !== y || real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) return `${s.slice(0, 10)} is not a calendar date`;
  if (time && (Number(time[4]) > 23 || Number(time[5]) > 59 || Number(time[6] ?? 0) > 59)) return `${s.slice(11, 19)} is not a time of day`;
  const t = Date.parse(day ? `${s}T00:00:00Z` : s);
  if (!(t >= Date.UTC(rule.fromYear, 0, 1) && t < Date.UTC(rule.toYear + 1, 0, 1))) return `must be between ${rule.fromYear}-01-01 and ${rule.toYear}-12-31`;
  return null;
}

function dateString(rule: DateRule, format: 'date-time' | 'date-or-date-time') {
  return z
    .string()
    .superRefine((s, ctx) => {
      const problem = dateProblem(s, rule);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta(format === 'date-time' ? { format: 'date-time' } : { anyOf: [{ format: 'date' }, { format: 'date-time' }] });
}

/** A ticket's date-time with an offset (`2026-11-01T09:00:00Z`). */
export const isoDateTime = dateString({ days: false, fromYear: 1900, toYear: 9999 }, 'date-time');

/** A window bound or the time of an event: a day (`2026-11-01`, midnight UTC) or a date-time. */
export const windowDayOrDateTime = dateString({ days: true, fromYear: 1900, toYear: 2999 }, 'date-or-date-time');

/**
 * A window's bounds in order: `from` before `to`, which defaults to now (an empty window is a
 * mistake, not a question with the answer "nothing").
 */
export function checkWindow(q: { from?: string; to?: string }, context = 'querystring'): void {
  if (!q.from) return;
  // Date.parse reads a day (2026-11-01) as its midnight UTC, as the window does.
  if (Date.parse(q.from) >= (q.to ? Date.parse(q.to) : Date.now())) throw badRequest(`${context}.from: must be before to${q.to ? '' : ' (without to, now)'}`);
}
