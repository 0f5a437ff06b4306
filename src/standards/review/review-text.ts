/** Labels and number formats shared by the Markdown and HTML renderings, so both say the same thing. */
import type { ClientReview } from './client-review-schema.js';

export const STATUS_LABEL: Record<ClientReview['standards'][number]['status'], string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  implemented: 'Implemented',
  rejected: 'Not adopted',
};

export const VERDICT_LABEL = {
  reduced: 'Reduced',
  no_clear_change: 'No clear change',
  worse: 'Worse',
  insufficient_data: 'Too early to tell',
} as const;

export const CALM_LABEL = {
  calmer: 'Getting calmer',
  about_the_same: 'About the same',
  busier: 'Getting busier',
  not_enough_history: 'Not enough history',
} as const;

export const hours = (h: number) => `${Math.round(h * 10) / 10} h`;

export const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);

export function effectCell(standard: ClientReview['standards'][number]): string {
  if (standard.effect) return VERDICT_LABEL[standard.effect.verdict];
  if (standard.estimate) return `Would save ~${standard.estimate.ticketsPerYear} tickets, ${hours(standard.estimate.hoursPerYear)} a year`;
  return '–';
}

export const title = (review: ClientReview) =>
  `${review.client.name}: alignment review ${review.period.from} to ${review.period.to}`;
