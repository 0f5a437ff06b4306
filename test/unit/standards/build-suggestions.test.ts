import { describe, expect, it } from 'vitest';
import { buildSuggestions } from '../../../src/standards/build-suggestions.js';
import { loadCatalogue } from '../../../src/standards/catalogue/index.js';
import { DEFAULT_EXPECTED_REDUCTION } from '../../../src/standards/impact.js';
import { matchTheme } from '../../../src/standards/match-theme.js';
import { suggestionSchema } from '../../../src/standards/suggestion-schema.js';
import type { StandardMatch, ThemeStats } from '../../../src/standards/theme-types.js';

const standards = loadCatalogue();
const now = new Date('2026-11-20T00:00:00Z');
const themeStats = (over: Partial<ThemeStats>): ThemeStats => ({
  id: 'theme', name: 'Theme', terms: [], errorCodes: [], template: null, categories: [], sampleTitles: [],
  ticketCount: 36, hours: 18, clientIds: ['acme'], deviceCount: 10, events: 36,
  firstSeen: new Date('2025-06-01T00:00:00Z'), lastSeen: new Date('2026-11-18T00:00:00Z'),
  recentTickets: 20, previousTickets: 16, exampleTicketIds: [], ...over,
});
const matchAll = (themes: ThemeStats[]) => Object.fromEntries(themes.map((t) => [t.id, matchTheme(t, standards)]));

describe('buildSuggestions', () => {
  const expiry = themeStats({
    id: 'pw-expiry', name: 'Password expired', terms: ['password', 'expired', 'reset'], ticketCount: 38, hours: 21,
    clientIds: ['acme', 'hfl', 'rsa'], deviceCount: 14, events: 38, recentTickets: 26, previousTickets: 12, exampleTicketIds: ['CW-1', 'CW-2', 'CW-3'],
  });
  const german = themeStats({
    id: 'pw-de', name: 'Passwort abgelaufen', terms: ['passwort', 'abgelaufen', 'zurücksetzen'], ticketCount: 9, hours: 4,
    clientIds: ['mup'], deviceCount: 5, events: 9, recentTickets: 5, previousTickets: 4, exampleTicketIds: ['CW-9'],
  });
  const coffee = themeStats({ id: 'coffee', name: 'Coffee machine', terms: ['coffee', 'machine'], events: 12, ticketCount: 12 });
  const oneOff = themeStats({ id: 'rare', name: 'Projector bulb', terms: ['projector', 'bulb'], events: 2, ticketCount: 2 });
  const themes = [expiry, german, coffee, oneOff];
  const suggestions = buildSuggestions(themes, matchAll(themes), { standards, now });

  it('groups themes that share a best standard into one suggestion keyed by the standard id', () => {
    const sspr = suggestions.find((s) => s.key === 'self-service-password-reset')!;
    expect(sspr.standardId).toBe('self-service-password-reset');
    expect(sspr.themeIds).toEqual(['pw-expiry', 'pw-de']);
    expect(sspr.evidence.tickets).toBe(47);
    expect(sspr.evidence.clientIds).toEqual(['acme', 'hfl', 'mup', 'rsa']);
    expect(sspr.evidence.exampleTicketIds).toEqual(['CW-1', 'CW-9', 'CW-2', 'CW-3']);
    expect(sspr.confidence).toBeGreaterThan(0.35);
    expect(sspr.reasons.some((r) => r.startsWith('terms:'))).toBe(true);
  });

  it('surfaces a frequent unmatched theme as "investigate", and drops a rare one', () => {
    const investigate = suggestions.find((s) => s.key === 'investigate:coffee')!;
    expect(investigate.standardId).toBeNull();
    expect(investigate.title).toBe('Investigate: Coffee machine');
    expect(investigate.confidence).toBeNull();
    expect(suggestions.some((s) => s.themeIds.includes('rare'))).toBe(false);
  });

  it('ranks by impact, with a score that is exactly the sum of its visible parts', () => {
    expect(suggestions[0].key).toBe('self-service-password-reset');
    for (const s of suggestions) {
      const sum = Object.values(s.scoreParts).reduce((a, b) => a + b, 0);
      expect(s.score).toBeCloseTo(sum, 5);
      expect(suggestionSchema.safeParse(s).success).toBe(true);
    }
  });

  it('counts a flood once: the same tickets in fewer events score fewer ticket points', () => {
    const steady = themeStats({ id: 'a', name: 'Coffee machine', terms: ['coffee'], events: 40, ticketCount: 40 });
    const flood = { ...steady, id: 'b', events: 6 };
    const [a] = buildSuggestions([steady], {}, { standards, now });
    const [b] = buildSuggestions([flood], {}, { standards, now });
    expect(b.scoreParts.tickets).toBeLessThan(a.scoreParts.tickets);
    expect(b.scoreParts.hours).toBe(a.scoreParts.hours);
  });

  it('scores a rising theme above the same theme falling, and a recent one above a stale one', () => {
    const rising = themeStats({ id: 'r', name: 'Coffee machine', recentTickets: 30, previousTickets: 6 });
    const falling = { ...rising, id: 'f', recentTickets: 6, previousTickets: 30 };
    const stale = { ...rising, id: 's', lastSeen: new Date('2026-06-01T00:00:00Z') };
    const score = (t: ThemeStats) => buildSuggestions([t], {}, { standards, now })[0].scoreParts;
    expect(score(rising).trend).toBeGreaterThan(score(falling).trend);
    expect(score(rising).recency).toBeGreaterThan(score(stale).recency);
  });

  it('estimates yearly savings as the annualised pace times the standard\'s expected reduction', () => {
    const sspr = suggestions.find((s) => s.key === 'self-service-password-reset')!;
    const reduction = standards.find((s) => s.id === 'self-service-password-reset')!.expectedReduction!;
    // Last 180 days: 26 + 12 + 5 + 4 = 47 tickets, 25 h over 47 tickets.
    const perYear = (47 / 180) * 365;
    expect(sspr.estimate.ticketsPerYear).toBe(Math.round(perYear * reduction));
    expect(sspr.estimate.hoursPerYear).toBeCloseTo((25 / 47) * perYear * reduction, 1);
    const investigate = suggestions.find((s) => s.key === 'investigate:coffee')!;
    expect(investigate.estimate.ticketsPerYear).toBe(Math.round((36 / 180) * 365 * DEFAULT_EXPECTED_REDUCTION));
  });

  it('writes a summary a senior engineer would: numbers, trend and the fix', () => {
    const sspr = suggestions.find((s) => s.key === 'self-service-password-reset')!;
    expect(sspr.summary).toMatch(/^Password expired \(and 1 related theme\): 31 tickets in the last 90 days, ~\d+ h, rising; 19 devices across 4 clients affected\./);
    expect(sspr.summary).toContain('Self-service password reset with on-premises writeback would remove most of them');
    expect(suggestions.find((s) => s.key === 'investigate:coffee')!.summary).toContain('No standard in the catalogue matches it');
  });

  it('ignores matches to standards it was not given, and is deterministic without "now"', () => {
    const matches: Record<string, StandardMatch[]> = { coffee: [{ standardId: 'not-in-catalogue', confidence: 0.9, reasons: [] }] };
    const result = buildSuggestions([coffee], matches, { standards });
    expect(result[0].key).toBe('investigate:coffee');
    expect(buildSuggestions([coffee], matches, { standards })).toEqual(result);
  });
});
