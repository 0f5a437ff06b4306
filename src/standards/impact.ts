/**
 * Impact of a group of themes: the score's parts and the yearly estimate.
 *
 * Every part saturates (1 - e^(-x/scale)) so a huge theme cannot drown the others and the score
 * stays on an absolute 0..100 scale that is stable from run to run, not relative to this batch.
 * Scales are what a mid-sized MSP would call "a lot": 60 events, 40 hours a year.
 */
import type { ScoreParts } from './suggestion-schema.js';

const DAY_MS = 86_400_000;
export const WINDOW_DAYS = 90;

/** Used when a standard does not state its own expected reduction: half the tickets, a conservative middle. */
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

const saturate = (x: number, scale: number) => 1 - Math.exp(-Math.max(0, x) / scale);
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

export type Trend = 'new' | 'rising' | 'steady' | 'falling';

export function trendOf(recent: number, previous: number): Trend {
  if (previous === 0) return recent > 0 ? 'new' : 'steady';
  const ratio = recent / previous;
  return ratio >= 1.25 ? 'rising' : ratio <= 0.8 ? 'falling' : 'steady';
}

export function scoreParts(input: ImpactInput, now: Date): ScoreParts {
  // Floods collapse: rank by events, scaled to the same yearly pace as tickets.
  const floodShare = input.tickets > 0 ? Math.min(1, input.events / input.tickets) : 1;
  const annualTickets = annualTicketRate(input, now);
  const annualHours = input.tickets > 0 ? (input.hours / input.tickets) * annualTickets : 0;
  const { recentTickets: r, previousTickets: p } = input;
  const daysSinceLast = Math.max(0, (now.getTime() - input.lastSeen.getTime()) / DAY_MS);
  return {
    tickets: round1(30 * saturate(annualTickets * floodShare, 60)),
    hours: round1(25 * saturate(annualHours, 40)),
    clients: round1(15 * saturate(input.clients, 3)),
    devices: round1(10 * saturate(input.devices, 15)),
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
