import { describe, expect, it } from 'vitest';
import { dateProblem } from '../../../src/http/iso-date.js';

const ticketDate = { days: false, fromYear: 1900, toYear: 9999 };
const windowDate = { days: true, fromYear: 1900, toYear: 2999 };

describe('dateProblem', () => {
  it('accepts date-times with a timezone, and days where a window bound may be one', () => {
    for (const ok of ['2026-11-01T09:00:00Z', '2026-11-01T09:00Z', '2026-11-01T09:00:00.123+01:00', '2024-02-29T00:00:00-0500']) expect(dateProblem(ok, ticketDate), ok).toBeNull();
    expect(dateProblem('2026-11-01', windowDate)).toBeNull();
  });

  it('names the one thing wrong, starting with the commonest: a local time with no timezone', () => {
    expect(dateProblem('2026-01-01T00:00:00', ticketDate)).toBe('has no timezone: add Z (UTC) or an offset such as +01:00');
    expect(dateProblem('2026-01-01', ticketDate)).toMatch(/^has no time of day/);
    expect(dateProblem('2026-02-30T00:00:00Z', ticketDate)).toBe('2026-02-30 is not a calendar date');
    expect(dateProblem('2026-13-01', windowDate)).toBe('2026-13-01 is not a calendar date');
    expect(dateProblem('2026-01-01T24:00:00Z', ticketDate)).toBe('24:00:00 is not a time of day');
    expect(dateProblem('yesterday', windowDate)).toBe('must be a day (2026-11-01, midnight UTC) or a date-time with a timezone (2026-11-01T09:00:00Z)');
    expect(dateProblem('', ticketDate)).toBe('must be a date-time with a timezone, e.g. 2026-11-01T09:00:00Z');
  });

  it('keeps dates inside the years the database and windows can hold', () => {
    expect(dateProblem('0000-01-01T00:00:00Z', ticketDate)).toBe('must be between 1900-01-01 and 9999-12-31');
    expect(dateProblem('0099-03-01', windowDate)).toBe('must be between 1900-01-01 and 2999-12-31');
    expect(dateProblem('9999-12-31T23:59:59Z', ticketDate)).toBeNull();
    expect(dateProblem('3000-01-01', windowDate)).toBe('must be between 1900-01-01 and 2999-12-31');
  });
});
