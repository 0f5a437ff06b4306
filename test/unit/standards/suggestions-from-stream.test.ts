import { describe, expect, it } from 'vitest';
import type { TicketInput } from '../../../src/tickets/ticket-schema.js';
import { generateTickets } from '../../../src/dev/generate-tickets.js';
import { plantedCauses } from '../../../src/dev/planted-causes.js';
import { buildSuggestions } from '../../../src/standards/build-suggestions.js';
import { loadCatalogue } from '../../../src/standards/catalogue/index.js';
import { matchTheme } from '../../../src/standards/match-theme.js';
import type { ThemeStats } from '../../../src/standards/theme-types.js';
import { themeFromTickets } from './theme-from-tickets.js';

const DAY = 86_400_000;

/** ThemeStats as the integrator's rollups would compute them; tickets from one client within an hour are one event. */
function statsOf(id: string, tickets: TicketInput[], alert: boolean, now: Date): ThemeStats {
  const times = tickets.map((t) => Date.parse(t.createdAt!)).sort((a, b) => a - b);
  const lastByClient = new Map<string, number>();
  let events = 0;
  for (const t of [...tickets].sort((a, b) => a.createdAt!.localeCompare(b.createdAt!))) {
    const at = Date.parse(t.createdAt!);
    const last = lastByClient.get(t.client!.id);
    if (last === undefined || at - last > 3_600_000) events++;
    lastByClient.set(t.client!.id, at);
  }
  const age = (t: TicketInput) => (now.getTime() - Date.parse(t.createdAt!)) / DAY;
  return {
    ...themeFromTickets(id, tickets, alert),
    hours: tickets.reduce((sum, t) => sum + (t.hoursSpent ?? 0), 0),
    clientIds: [...new Set(tickets.map((t) => t.client!.id))],
    deviceCount: new Set(tickets.map((t) => t.device?.id).filter(Boolean)).size,
    events,
    firstSeen: new Date(times[0]),
    lastSeen: new Date(times.at(-1)!),
    recentTickets: tickets.filter((t) => age(t) <= 90).length,
    previousTickets: tickets.filter((t) => age(t) > 90 && age(t) <= 180).length,
    exampleTicketIds: tickets.slice(-3).map((t) => t.externalId),
  };
}

describe('suggestions from a generated stream', () => {
  const stream = generateTickets({ seed: 21, months: 13 });
  const catalogue = loadCatalogue();
  const themes = plantedCauses.map((cause) =>
    statsOf(cause.id, stream.tickets.filter((t) => stream.causeOf[t.externalId] === cause.id), cause.alert, stream.end),
  );
  const matches = Object.fromEntries(themes.map((t) => [t.id, matchTheme(t, catalogue)]));
  const suggestions = buildSuggestions(themes, matches, { standards: catalogue, now: stream.end });

  it('suggests the intended standard for every planted cause', () => {
    expect(suggestions.map((s) => s.key).sort()).toEqual(plantedCauses.map((c) => c.standardId).sort());
  });

  it('ranks the loud, widespread causes above the rare ones', () => {
    const rank = (standardId: string) => suggestions.findIndex((s) => s.standardId === standardId);
    expect(rank('self-service-password-reset')).toBeLessThan(rank('certificate-lifecycle'));
    expect(rank('backup-monitoring')).toBeLessThan(rank('scan-to-email-standard'));
  });

  it('collapses VPN outage floods into fewer events than tickets', () => {
    const vpn = themes.find((t) => t.id === 'vpn-drops')!;
    expect(vpn.events).toBeLessThan(vpn.ticketCount);
  });
});
