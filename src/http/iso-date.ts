/**
 * Dates the API accepts. ISO 8601 allows years 0000-9999, but PostgreSQL has no year 0, a default
 * window reaching back from an early `to` fell before year 1, and one reaching to the end of 9999
 * ended in year 10000 once rounded up to a whole month: validation said yes and the database
 * then failed. A ticket's own dates may say 9999 (some PSAs write it for "never"); the dates
 * that bound a window, or say when something happened, belong to this millennium.
 */
import { z } from 'zod';
import { badRequest } from './errors.js';

const between = (fromYear: number, toYear: number) => {
  const earliest = Date.UTC(fromYear, 0, 1);
  const latest = Date.UTC(toYear + 1, 0, 1);
  return [(s: string) => {
    const t = Date.parse(s);
    return t >= earliest && t < latest;
  }, `must be between ${fromYear}-01-01 and ${toYear}-12-31`] as const;
};
const TICKET_DATES = between(1900, 9999);
const WINDOW_DATES = between(1900, 2999);

/** A ticket's date-time with an offset (`2026-11-01T09:00:00Z`). */
export const isoDateTime = z.iso.datetime({ offset: true }).refine(...TICKET_DATES);

/** A window bound or the time of an event: a date-time. */
export const windowDateTime = z.iso.datetime({ offset: true }).refine(...WINDOW_DATES);

/** A window bound: a day (`2026-11-01`, midnight UTC) or a date-time. */
export const windowDayOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).refine(...WINDOW_DATES);

/** A window's bounds in order: `from` before `to` when both are given (an empty window is a mistake). */
export function checkWindow(q: { from?: string; to?: string }, context = 'querystring'): void {
  if (q.from && q.to && Date.parse(q.from) >= Date.parse(q.to)) throw badRequest(`${context}.from: must be before to`);
}
