import { describe, expect, it } from 'vitest';
import { generateTickets } from '../../../src/dev/generate-tickets.js';
import { plantedCauses } from '../../../src/dev/planted-causes.js';
import { loadCatalogue } from '../../../src/standards/catalogue/index.js';
import { matchTheme } from '../../../src/standards/match-theme.js';
import { measureEffect } from '../../../src/standards/measure-effect.js';
import { ticketSchema } from '../../../src/tickets/ticket-schema.js';
import { themeFromTickets } from './theme-from-tickets.js';

const catalogue = loadCatalogue();
const stream = generateTickets({ seed: 7, months: 14 });

describe('generateTickets', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const again = generateTickets({ seed: 7, months: 14 });
    expect(again.tickets).toEqual(stream.tickets);
    expect(generateTickets({ seed: 8, months: 14 }).tickets).not.toEqual(stream.tickets);
  });

  it('produces valid normalised tickets with unique ids, over more than a year, mostly noise', () => {
    expect(stream.tickets.length).toBeGreaterThan(3000);
    for (const ticket of stream.tickets) ticketSchema.parse(ticket);
    expect(new Set(stream.tickets.map((t) => t.externalId)).size).toBe(stream.tickets.length);
    const days = (Date.parse(stream.tickets.at(-1)!.createdAt!) - Date.parse(stream.tickets[0].createdAt!)) / 86_400_000;
    expect(days).toBeGreaterThan(365);
    const noise = Object.values(stream.causeOf).filter((c) => c === null).length;
    expect(noise / stream.tickets.length).toBeGreaterThan(0.5);
    expect(new Set(stream.tickets.map((t) => t.client?.id)).size).toBe(6);
  });

  it('plants every cause, and each cause maps to a standard in the catalogue', () => {
    const ids = new Set(catalogue.map((s) => s.id));
    for (const cause of plantedCauses) {
      expect(ids.has(cause.standardId)).toBe(true);
      expect(Object.values(stream.causeOf).filter((c) => c === cause.id).length).toBeGreaterThan(5);
    }
  });

  it.each(plantedCauses.map((c) => [c.id, c.standardId, c.alert] as const))(
    'cause %s is matched to %s from its tickets\' words',
    (causeId, standardId, alert) => {
      const tickets = stream.tickets.filter((t) => stream.causeOf[t.externalId] === causeId);
      const matches = matchTheme(themeFromTickets(causeId, tickets, alert), catalogue);
      expect(matches[0]?.standardId).toBe(standardId);
    },
  );

  it('lets an intervention stop a cause at chosen clients after a date, and leaves the others alone', () => {
    const from = new Date('2026-03-01T00:00:00Z');
    const [treated, ...rest] = stream.affectedClients['password-expiry'];
    const after = generateTickets({ seed: 7, months: 14, interventions: [{ causeId: 'password-expiry', clientIds: [treated], from, remainingShare: 0 }] });
    const count = (s: typeof stream, client: string) =>
      s.tickets.filter((t) => s.causeOf[t.externalId] === 'password-expiry' && t.client?.id === client && Date.parse(t.createdAt!) >= from.getTime()).length;
    expect(count(stream, treated)).toBeGreaterThan(0);
    expect(count(after, treated)).toBe(0);
    for (const client of rest) expect(count(after, client)).toBeGreaterThan(0);
  });
});

describe('generated interventions, measured', () => {
  it('a standard that worked at one client reads "reduced" there and not at a client without it', () => {
    const from = new Date('2026-06-01T00:00:00Z');
    const [treated, untreated] = stream.affectedClients['backup-failures'];
    const after = generateTickets({ seed: 7, months: 14, interventions: [{ causeId: 'backup-failures', clientIds: [treated], from, remainingShare: 0.1 }] });
    const eventsByClient: Record<string, Date[]> = {};
    for (const t of after.tickets) {
      if (after.causeOf[t.externalId] !== 'backup-failures') continue;
      (eventsByClient[t.client!.id] ??= []).push(new Date(t.createdAt!));
    }
    const effect = measureEffect({ eventsByClient, implementedAt: from, clientIds: [treated, untreated], asOf: after.end, historyStart: after.start });
    expect(effect.window.days).toBe(90);
    expect(effect.perClient.find((c) => c.clientId === treated)!.verdict).toBe('reduced');
    expect(effect.perClient.find((c) => c.clientId === untreated)!.verdict).not.toBe('reduced');
  });
});
