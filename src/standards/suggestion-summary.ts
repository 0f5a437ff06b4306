/**
 * The one-paragraph pitch an engineer reads first: what happened, how much it cost, what would stop it.
 * Numbers are the last 90 days (what people remember), the estimate is per year (what budgets use).
 */
import { direction } from '../metrics/direction.js';
import type { ImpactInput } from './impact.js';

export interface SummaryInput extends ImpactInput {
  themeName: string;
  otherThemes: number;
  standardTitle: string | null;
  expectedReduction: number;
  estimate: { ticketsPerYear: number; hoursPerYear: number };
  /** Tickets a year at the current pace, before any reduction. */
  annualTickets: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function share(reduction: number): string {
  if (reduction >= 0.75) return 'nearly all';
  if (reduction >= 0.55) return 'most';
  if (reduction >= 0.4) return 'about half';
  return 'some';
}

export function summarise(input: SummaryInput): string {
  const name = input.otherThemes > 0 ? `${input.themeName} (and ${plural(input.otherThemes, 'related theme')})` : input.themeName;
  // Themes carry all-time hours only, so the last 90 days' hours are estimated at the average per ticket.
  const recentHours = input.tickets > 0 ? (input.hours / input.tickets) * input.recentTickets : 0;
  const reach = [input.devices > 0 ? plural(input.devices, 'device') : null, plural(input.clients, 'client')].filter(Boolean).join(' across ');
  const facts = `${name}: ${plural(input.recentTickets, 'ticket')} in the last 90 days, ~${Math.round(recentHours)} h, ${direction(input.recentTickets, input.previousTickets)}; ${reach} affected.`;
  if (input.standardTitle === null) {
    return `${facts} No standard in the catalogue matches it; at ${plural(Math.round(input.annualTickets), 'ticket')} a year it is worth a root-cause review.`;
  }
  return `${facts} ${input.standardTitle} would remove ${share(input.expectedReduction)} of them: about ${plural(input.estimate.ticketsPerYear, 'ticket')} and ${input.estimate.hoursPerYear} h a year.`;
}
