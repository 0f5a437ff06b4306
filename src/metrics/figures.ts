import { round } from './trend.js';

/** Summed rollup columns, as SQL returns them. */
export interface Sums {
  tickets: number;
  recurring: number;
  repeats: number;
  hours: number;
  resolved: number;
  resolve_hours: number;
}

export const sumColumns = (filter = '') => {
  const f = filter ? ` FILTER (WHERE ${filter})` : '';
  return `COALESCE(sum(tickets)${f}, 0)::int AS tickets, COALESCE(sum(recurring)${f}, 0)::int AS recurring,
  COALESCE(sum(repeats)${f}, 0)::int AS repeats, COALESCE(sum(hours)${f}, 0)::float8 AS hours,
  COALESCE(sum(resolved)${f}, 0)::int AS resolved, COALESCE(sum(resolve_hours)${f}, 0)::float8 AS resolve_hours`;
};

/** The figures every point and summary row shows, derived the same way everywhere. */
export function figures(s: Sums) {
  return {
    tickets: s.tickets,
    recurring: s.recurring,
    recurringShare: s.tickets > 0 ? round(s.recurring / s.tickets, 4) : 0,
    repeatTickets: s.repeats,
    hours: round(s.hours),
    mttrHours: s.resolved > 0 ? round(s.resolve_hours / s.resolved) : null,
  };
}

export const emptySums: Sums = { tickets: 0, recurring: 0, repeats: 0, hours: 0, resolved: 0, resolve_hours: 0 };

export const noClient = '(no client)';
export const noCategory = '(uncategorised)';
