/**
 * Themes → ranked standards suggestions. Each theme goes to its best-matching standard; themes
 * sharing a standard are one suggestion (fixing the standard fixes all of them). A theme that keeps
 * coming back but matches nothing is still surfaced, as "investigate".
 */
import { annualTicketRate, DEFAULT_EXPECTED_REDUCTION, scoreParts, totalScore, yearlyEstimate, type ImpactInput } from './impact.js';
import type { Standard } from './standard-schema.js';
import type { Suggestion } from './suggestion-schema.js';
import { summarise } from './suggestion-summary.js';
import type { StandardMatch, ThemeStats } from './theme-types.js';

export interface SuggestionOptions {
  standards: readonly Standard[];
  /** Reference time for recency and pace; defaults to the latest lastSeen, so the result is reproducible. */
  now?: Date;
  /** Unmatched themes need at least this many events (floods collapsed) to become "investigate". */
  minInvestigateEvents?: number;
  maxExampleTickets?: number;
}

export type MatchesByTheme = ReadonlyMap<string, StandardMatch[]> | Readonly<Record<string, StandardMatch[]>>;

interface Group {
  standard: Standard | null;
  members: Array<{ theme: ThemeStats; match: StandardMatch | null }>;
}

export function buildSuggestions(themes: ThemeStats[], matches: MatchesByTheme, options: SuggestionOptions): Suggestion[] {
  const byId = new Map(options.standards.map((standard) => [standard.id, standard]));
  const now = options.now ?? new Date(Math.max(0, ...themes.map((theme) => theme.lastSeen.getTime())));
  const minEvents = options.minInvestigateEvents ?? 5;
  const lookup = (id: string): StandardMatch[] =>
    (matches instanceof Map ? (matches as ReadonlyMap<string, StandardMatch[]>).get(id) : (matches as Record<string, StandardMatch[]>)[id]) ?? [];

  const groups = new Map<string, Group>();
  for (const theme of themes) {
    const match = lookup(theme.id).find((m) => byId.has(m.standardId)) ?? null;
    if (!match && theme.events < minEvents) continue;
    const key = match ? match.standardId : `investigate:${theme.id}`;
    const group = groups.get(key) ?? { standard: match ? byId.get(match.standardId)! : null, members: [] };
    group.members.push({ theme, match });
    groups.set(key, group);
  }

  const suggestions = [...groups].map(([key, group]) => toSuggestion(key, group, now, options.maxExampleTickets ?? 5));
  return suggestions.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

function toSuggestion(key: string, group: Group, now: Date, maxExamples: number): Suggestion {
  const members = [...group.members].sort((a, b) => b.theme.ticketCount - a.theme.ticketCount || a.theme.id.localeCompare(b.theme.id));
  const themes = members.map((m) => m.theme);
  const clientIds = [...new Set(themes.flatMap((t) => t.clientIds))].sort();
  const impact: ImpactInput = {
    tickets: sum(themes, (t) => t.ticketCount),
    events: sum(themes, (t) => t.events),
    hours: sum(themes, (t) => t.hours),
    clients: clientIds.length,
    // Themes carry device counts, not ids: the sum can double-count a device that sits in two themes.
    devices: sum(themes, (t) => t.deviceCount),
    recentTickets: sum(themes, (t) => t.recentTickets),
    previousTickets: sum(themes, (t) => t.previousTickets),
    firstSeen: new Date(Math.min(...themes.map((t) => t.firstSeen.getTime()))),
    lastSeen: new Date(Math.max(...themes.map((t) => t.lastSeen.getTime()))),
  };
  const parts = scoreParts(impact, now);
  const reduction = group.standard?.expectedReduction ?? DEFAULT_EXPECTED_REDUCTION;
  const estimate = yearlyEstimate(impact, now, reduction);
  const matched = members.filter((m) => m.match !== null);
  const confidence = group.standard
    ? Math.round((sum(matched, (m) => m.match!.confidence * m.theme.ticketCount) / Math.max(1, impact.tickets)) * 1000) / 1000
    : null;
  return {
    key,
    standardId: group.standard?.id ?? null,
    title: group.standard?.title ?? `Investigate: ${themes[0].name}`,
    score: totalScore(parts),
    scoreParts: parts,
    confidence,
    reasons: [...new Set(matched.flatMap((m) => m.match!.reasons))].slice(0, 8),
    themeIds: themes.map((t) => t.id),
    evidence: {
      themes: themes.map((t) => ({ id: t.id, name: t.name, ticketCount: t.ticketCount })),
      exampleTicketIds: roundRobin(themes.map((t) => t.exampleTicketIds), maxExamples),
      clientIds,
      tickets: impact.tickets,
      hours: Math.round(impact.hours * 10) / 10,
      devices: impact.devices,
    },
    estimate,
    summary: summarise({
      ...impact,
      themeName: themes[0].name,
      otherThemes: themes.length - 1,
      standardTitle: group.standard?.title ?? null,
      expectedReduction: reduction,
      estimate,
      annualTickets: annualTicketRate(impact, now),
    }),
  };
}

const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((total, x) => total + f(x), 0);

/** Examples from every theme, biggest first, so a suggestion's examples are not all from one theme. */
function roundRobin(lists: string[][], max: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < max && lists.some((list) => i < list.length); i++) {
    for (const list of lists) if (i < list.length && out.length < max && !out.includes(list[i])) out.push(list[i]);
  }
  return out;
}
