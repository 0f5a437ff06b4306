/**
 * Dates the API accepts. ISO 8601 allows years 0000-9999, but PostgreSQL has no year 0 and a
 * default window reaching back from an early `to` would fall before year 1: validation said yes
 * and the database then failed. Tickets and windows of a service desk fall well inside this range.
 */
import { z } from 'zod';
import { badRequest } from './errors.js';

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(10000, 0, 1);
const RANGE = 'must be between 1900-01-01 and 9999-12-31';
const inRange = (s: string) => {
  const t = Date.parse(s);
  return t >= EARLIEST && t < LATEST;
};

/** A date-time with an offset (`2026-11-01T09:00:00Z`). */
export const isoDateTime = z.iso.datetime({ offset: true }).refine(inRange, RANGE);

/** A day (`2026-11-01`, midnight UTC) or a date-time. */
export const isoDayOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).refine(inRange, RANGE);

/** A window's bounds in order: `from` before `to` when both are given (an empty window is a mistake). */
export function checkWindow(q: { from?: string; to?: string }, context = 'querystring'): void {
  if (q.from && q.to && Date.parse(q.from) >= Date.parse(q.to)) throw badRequest(`${context}.from: must be before to`);
}
