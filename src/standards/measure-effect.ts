/**
 * Proof of effect: did the themes of an adopted standard go quiet? Events are counted in two equal
 * windows either side of the implementation date, per client in scope and overall, and compared
 * with the exact conditional (binomial) test for two Poisson rates.
 *
 * Window = min(days available after, maxWindowDays, days available before), so both sides have the
 * same exposure and seasonality is at least not made worse by unequal lengths.
 */
import { rateRatioTest, type RateRatioTest } from './stats/rate-ratio-test.js';
import { effectSentence } from './effect-sentence.js';

const DAY_MS = 86_400_000;

export type EffectVerdict = 'reduced' | 'no_clear_change' | 'worse' | 'insufficient_data';

export interface EffectInput {
  /**
   * Event timestamps (floods collapsed) of the suggestion's themes, per client id; tickets
   * without a client under NO_CLIENT.
   */
  eventsByClient: Readonly<Record<string, readonly Date[]>>;
  implementedAt: Date;
  /**
   * Clients the standard was rolled out to; only their events count. Empty: the whole tenant
   * (an in-house IT team has no clients), every event with or without a client.
   */
  clientIds: readonly string[];
  /** End of the data (usually now). */
  asOf: Date;
  /** Start of the ticket history; events before it are unknown, not zero. */
  historyStart: Date;
  /** Days after implementation to skip while the rollout settles. Default 0. */
  settleDays?: number;
  maxWindowDays?: number;
  minWindowDays?: number;
  /** Fewer events than this across both windows cannot show anything. Default 5. */
  minEvents?: number;
  alpha?: number;
  /** Standard title for the sentence. */
  label?: string;
}

export interface EffectComparison extends RateRatioTest {
  verdict: EffectVerdict;
}

export interface EffectResult {
  window: { days: number; beforeStart: Date; beforeEnd: Date; afterStart: Date; afterEnd: Date };
  overall: EffectComparison;
  perClient: Array<EffectComparison & { clientId: string }>;
  sentence: string;
}

export function measureEffect(input: EffectInput): EffectResult {
  const settle = (input.settleDays ?? 0) * DAY_MS;
  const afterStart = new Date(input.implementedAt.getTime() + settle);
  const availableAfter = (input.asOf.getTime() - afterStart.getTime()) / DAY_MS;
  const availableBefore = (input.implementedAt.getTime() - input.historyStart.getTime()) / DAY_MS;
  const days = Math.max(0, Math.floor(Math.min(availableAfter, input.maxWindowDays ?? 90, availableBefore)));
  const window = {
    days,
    beforeStart: new Date(input.implementedAt.getTime() - days * DAY_MS),
    beforeEnd: input.implementedAt,
    afterStart,
    afterEnd: new Date(afterStart.getTime() + days * DAY_MS),
  };
  const tooShort = days < (input.minWindowDays ?? 14);
  const compare = (events: readonly Date[]): EffectComparison => {
    const before = count(events, window.beforeStart, window.beforeEnd);
    const after = count(events, window.afterStart, window.afterEnd);
    const test = rateRatioTest(before, Math.max(days, 1), after, Math.max(days, 1));
    return { ...test, verdict: verdictOf(test, tooShort, input.minEvents ?? 5, input.alpha ?? 0.05) };
  };
  const perClient = [...input.clientIds].sort().map((clientId) => ({ clientId, ...compare(input.eventsByClient[clientId] ?? []) }));
  const overall = compare(scopedEvents(input.eventsByClient, input.clientIds));
  return { window, overall, perClient, sentence: effectSentence({ label: input.label, window, overall, clients: perClient.length }) };
}

/** The key of events from tickets without a client (never a client id: those are not empty). */
export const NO_CLIENT = '';

/** The events a rollout covers: its clients', or every event when it covers the whole tenant. */
export function scopedEvents(eventsByClient: Readonly<Record<string, readonly Date[]>>, clientIds: readonly string[]): Date[] {
  const keys = clientIds.length === 0 ? Object.keys(eventsByClient) : clientIds;
  return keys.flatMap((id) => eventsByClient[id] ?? []);
}

function count(events: readonly Date[], from: Date, to: Date): number {
  return events.filter((at) => at.getTime() >= from.getTime() && at.getTime() < to.getTime()).length;
}

/** Two-sided at alpha: "reduced" must beat chance in either direction, not only the hoped-for one. */
function verdictOf(test: RateRatioTest, tooShort: boolean, minEvents: number, alpha: number): EffectVerdict {
  if (tooShort || test.before + test.after < minEvents) return 'insufficient_data';
  if (test.pTwoSided >= alpha) return 'no_clear_change';
  return test.after < test.before ? 'reduced' : 'worse';
}
