/**
 * A stand-in for the theme engine, for tests only: builds the ThemeEvidence the engine would hand
 * over for a group of tickets (frequent words, codes, alert template, categories, sample titles).
 */
import type { ThemeEvidence } from '../../../src/standards/theme-types.js';
import type { TicketInput } from '../../../src/tickets/ticket-schema.js';

const STOP = new Set('the a an and or to of in on for is it my i me we our can not this that with at be has have from please was are you your after again any get got but ist der die das und nicht ich mein bitte mit ein eine auf'.split(' '));
const CODE = /\b0x[0-9a-f]{6,16}\b|\bevent id \d{3,6}\b/gi;

/** Drain-style masking: host names, numbers and times become <*>. */
const mask = (text: string) => text.replace(/\b[A-Z]{2,5}-[A-Z0-9-]+\b/g, '<*>').replace(/\b[\w-]+\.[\w.-]+\.example\b/g, '<*>').replace(/\b\d[\d:.,]*\b/g, '<*>');

export function themeFromTickets(id: string, tickets: TicketInput[], alert: boolean): ThemeEvidence {
  const counts = new Map<string, number>();
  for (const t of tickets) {
    const words = new Set(`${t.title} ${t.description ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    for (const w of words) if (w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const terms = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10).map(([w]) => w);
  const codes = new Set(tickets.flatMap((t) => `${t.title} ${t.description ?? ''}`.match(CODE) ?? []).map((c) => c.toLowerCase()));
  const templates = new Map<string, number>();
  for (const t of tickets) templates.set(mask(t.title), (templates.get(mask(t.title)) ?? 0) + 1);
  const template = alert ? [...templates].sort((a, b) => b[1] - a[1])[0][0] : null;
  const categories = [...new Set(tickets.flatMap((t) => [t.category?.type, t.category?.subtype].filter((c): c is string => !!c)))];
  return {
    id,
    name: tickets[0].title,
    terms,
    errorCodes: [...codes],
    template,
    categories,
    sampleTitles: tickets.slice(0, 5).map((t) => t.title),
    ticketCount: tickets.length,
  };
}
