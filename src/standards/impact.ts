/**
 * Impact of a group of themes: the score's parts and the yearly estimate.
 *
 * Size parts grow with the logarithm up to a cap (log(1 + x) / log(1 + cap)), so 10 and 100 tickets
 * a year are told apart as clearly as 100 and 1,000, a huge theme cannot drown the others, and the
 * score stays on an absolute 0..100 scale that is stable from run to run, not relative to this batch.
 * Caps are what a large MSP would call "as bad as it gets": 1,000 events, 500 hours, 25 clients and
 * 300 devices a year.
 */
import type { ScoreParts } from './suggestion-schema.js';

const DAY_MS = 86_400_000;
export const WINDOW_DAYS = 90;

/**
 * Used when a standard does not state its own expected reduction, and for "investigate" suggestions
 * (what a fix found by the review typically removes): half the tickets, a conservative middle.
 * Catalogue entries state their own, from 0.4 (browser baseline) to 0.85 (mailbox archiving).
 */
export const DEFAULT_EXPECTED_REDUCTION = 0.5;

export interface ImpactInput {
  tickets: number;
  events: number;
  hours: number;
  clients: number;
  devices: number;
  recentTickets: number;
  previousTickets: number;
  firstSeen: Date;
  lastSeen: Date;
}

const logShare = (x: number, cap: number) => Math.min(1, Math.log1p(Math.max(0, x)) / Math.log1p(cap));
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Tickets a year at the current pace: the last 180 days (two windows) when the theme is that old,
 * else its own lifetime (at least 30 days, so a three-day-old theme is not annualised ×100).
 */
export function annualTicketRate(input: ImpactInput, now: Date): number {
  const ageDays = Math.max(1, (now.getTime() - input.firstSeen.getTime()) / DAY_MS);
  const spanDays = Math.min(2 * WINDOW_DAYS, Math.max(30, ageDays));
  // A theme quiet for 180 days has a pace of zero, however loud it once was.
  return ((input.recentTickets + input.previousTickets) / spanDays) * 365;
}

export function scoreParts(input: ImpactInput, now: Date): ScoreParts {
  // Floods collapse: rank by events, scaled to the same yearly pace as tickets.
  const floodShare = input.tickets > 0 ? Math.min(1, input.events / input.tickets) : 1;
  const annualTickets = annualTicketRate(input, now);
  const annualHours = input.tickets > 0 ? (input.hours / input.tickets) * annualTickets : 0;
  const { recentTickets: r, previousTickets: p } = input;
  const daysSinceLast = Math.max(0, (now.getTime() - input.lastSeen.getTime()) / DAY_MS);
  return {
    tickets: round1(30 * logShare(annualTickets * floodShare, 1_000)),
    hours: round1(25 * logShare(annualHours, 500)),
    clients: round1(15 * logShare(input.clients, 25)),
    devices: round1(10 * logShare(input.devices, 300)),
    // (r - p) / (r + p + 4): a move from 1 to 3 tickets is noise, from 10 to 30 is a trend.
    trend: round1(5 + 5 * ((r - p) / (r + p + 4))),
    recency: round1(10 * Math.exp(-daysSinceLast / 45)),
  };
}

export const totalScore = (parts: ScoreParts) => round1(Object.values(parts).reduce((sum, x) => sum + x, 0));

export function yearlyEstimate(input: ImpactInput, now: Date, expectedReduction: number) {
  const tickets = annualTicketRate(input, now);
  const hours = input.tickets > 0 ? (input.hours / input.tickets) * tickets : 0;
  return { ticketsPerYear: Math.round(tickets * expectedReduction), hoursPerYear: round1(hours * expectedReduction) };
}
