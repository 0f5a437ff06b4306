import { describe, expect, it } from 'vitest';
import { measureEffect, NO_CLIENT, type EffectInput } from '../../../src/standards/measure-effect.js';

const DAY = 86_400_000;
const implementedAt = new Date('2026-06-01T00:00:00Z');
/** `count` events spread evenly over `days` days starting `offset` days from the implementation date. */
const spread = (count: number, offset: number, days: number) =>
  Array.from({ length: count }, (_, i) => new Date(implementedAt.getTime() + (offset + ((i + 0.5) * days) / count) * DAY));

const base = (eventsByClient: EffectInput['eventsByClient'], over: Partial<EffectInput> = {}): EffectInput => ({
  eventsByClient,
  implementedAt,
  clientIds: Object.keys(eventsByClient),
  asOf: new Date(implementedAt.getTime() + 120 * DAY),
  historyStart: new Date('2025-01-01T00:00:00Z'),
  label: 'Self-service password reset',
  ...over,
});

describe('measureEffect', () => {
  it('uses equal windows: min(days after, 90, days before)', () => {
    expect(measureEffect(base({ a: [] })).window.days).toBe(90);
    expect(measureEffect(base({ a: [] }, { asOf: new Date(implementedAt.getTime() + 40 * DAY) })).window.days).toBe(40);
    expect(measureEffect(base({ a: [] }, { historyStart: new Date(implementedAt.getTime() - 30 * DAY) })).window.days).toBe(30);
  });

  it('calls a clear fall "reduced", per client and overall, and says so in a sentence', () => {
    const result = measureEffect(base({ acme: [...spread(24, -90, 90), ...spread(6, 0, 90)], hfl: [...spread(20, -90, 90), ...spread(3, 0, 90)] }));
    expect(result.overall).toMatchObject({ before: 44, after: 9, verdict: 'reduced' });
    expect(result.perClient.map((c) => [c.clientId, c.verdict])).toEqual([['acme', 'reduced'], ['hfl', 'reduced']]);
    expect(result.overall.pTwoSided).toBeLessThan(0.001);
    expect(result.overall.interval.upper).toBeLessThan(1);
    expect(result.sentence).toMatch(/^After Self-service password reset \(from 2026-06-01\), events fell from 44 to 9 in equal 90-day windows across 2 clients \(rate ratio 0\.20, 95% CI 0\.\d\d–0\.\d\d, p < 0\.001\): the theme is quieter\.$/);
  });

  it('does not call noise a change', () => {
    const result = measureEffect(base({ acme: [...spread(12, -90, 90), ...spread(9, 0, 90)] }));
    expect(result.overall.verdict).toBe('no_clear_change');
    expect(result.sentence).toContain('no clear change yet');
  });

  it('reports "worse" when the theme got louder', () => {
    expect(measureEffect(base({ acme: [...spread(10, -90, 90), ...spread(30, 0, 90)] })).overall.verdict).toBe('worse');
  });

  it('says "insufficient data" with too few events or too short a window', () => {
    expect(measureEffect(base({ acme: [...spread(2, -90, 90), ...spread(1, 0, 90)] })).overall.verdict).toBe('insufficient_data');
    const early = measureEffect(base({ acme: [...spread(30, -10, 10)] }, { asOf: new Date(implementedAt.getTime() + 10 * DAY) }));
    expect(early.overall.verdict).toBe('insufficient_data');
    expect(early.sentence).toMatch(/^Too early to tell/);
  });

  it('measures a rollout to the whole organisation (no clients named) over every ticket, with or without a client', () => {
    const result = measureEffect(base({ [NO_CLIENT]: [...spread(20, -90, 90), ...spread(2, 0, 90)], acme: [...spread(4, -90, 90), ...spread(1, 0, 90)] }, { clientIds: [] }));
    expect(result.overall).toMatchObject({ before: 24, after: 3, verdict: 'reduced' });
    expect(result.perClient).toEqual([]);
    expect(result.sentence).toContain('from 24 to 3 in equal 90-day windows across the whole organisation');
  });

  it('counts only clients in scope, and only events inside the windows', () => {
    const result = measureEffect(
      base({ acme: [...spread(24, -90, 90), ...spread(6, 0, 90), ...spread(50, -300, 100)], other: spread(100, 0, 90) }, { clientIds: ['acme'] }),
    );
    expect(result.overall).toMatchObject({ before: 24, after: 6 });
    expect(result.perClient.map((c) => c.clientId)).toEqual(['acme']);
  });

  it('skips the settling period after rollout when asked', () => {
    const events = [...spread(20, -60, 60), ...spread(20, 0, 14), ...spread(2, 14, 60)];
    const settled = measureEffect(base({ acme: events }, { settleDays: 14, asOf: new Date(implementedAt.getTime() + 74 * DAY) }));
    expect(settled.window.days).toBe(60);
    expect(settled.window.afterStart.toISOString()).toBe('2026-06-15T00:00:00.000Z');
    expect(settled.overall).toMatchObject({ before: 20, after: 2, verdict: 'reduced' });
  });

  it('reports a client with no events at all without failing', () => {
    const result = measureEffect(base({ acme: spread(20, -90, 90) }, { clientIds: ['acme', 'quiet'] }));
    expect(result.perClient.find((c) => c.clientId === 'quiet')).toMatchObject({ before: 0, after: 0, rateRatio: null, verdict: 'insufficient_data' });
  });
});
