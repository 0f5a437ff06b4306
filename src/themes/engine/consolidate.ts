/**
 * Consolidation: recompute every theme from its tickets with whole-corpus IDF, run the reassign
 * pass, split themes holding two separate groups, merge groups of themes that are one problem
 * (average linkage, guarded), honour engineers' decisions, keep ids stable and relabel. Themes keep their ids because tickets move between existing themes;
 * a theme left empty, or merged, is retired into the theme that took most of its tickets.
 */
import { relabel } from './relabel.js';
import { mergeRelatedThemes } from './merge.js';
import { releaseOutliers } from './outliers.js';
import { reassign } from './reassign.js';
import { twoGroups } from './split.js';
import type { EngineState } from './state.js';
import { SUBJECT_RECURS } from './template-miner.js';
import { Theme } from './theme.js';
import { ThemeIndex } from './theme-index.js';
import type { ConsolidationEntry, ConsolidationResult, Decisions, PreparedTicket } from './types.js';
import { DocFrequencies, vectorize, type SparseVector } from './vectorize.js';

/**
 * Two groups of themes merge when their centroids' mean similarity is this many times the
 * similarity a ticket needs to join a theme: a centroid averages its tickets' noise away, so
 * centroids of one problem are far more alike than a ticket and its theme. Measured over nine
 * arrival orders of gl-tickets (with outliers released): 1x merged too much (purity5 0.651
 * without release), 2x gave AMI 0.3105 / purity5 0.675, 1.5x AMI 0.3130 / purity5 0.672.
 */
export const MERGE_FACTOR = 1.5;

export interface Member {
  ticket: PreparedTicket;
  vector: SparseVector;
  themeId: string;
  /** Placed by an engineer: stays. */
  fixed: boolean;
  /** An alert whose template (and recurring subject) names its theme: stays. */
  routed: boolean;
  /** Unit sentence embedding, when embeddings are on and the ticket has one. */
  embedding: Float64Array | null;
  /** In place since the last consolidation: moves only for a much better theme (see reassign.ts). */
  settled: boolean;
}

export function consolidate(
  state: EngineState,
  input: Iterable<ConsolidationEntry>,
  decisions: Decisions,
): ConsolidationResult {
  const entries = [...input];
  const df = new DocFrequencies();
  for (const e of entries) df.learn(e.ticket);
  const members: Member[] = entries.map((e) => {
    const moved = decisions.ticketThemes.get(e.ticket.id);
    const themeId = state.resolve(moved ?? e.themeId);
    const fixed = moved !== undefined;
    // Alerts follow their template as it stands now: a subject that recurred later gets its early alerts too.
    const routedTo = !fixed && e.ticket.kind === 'alert' && e.ticket.template ? state.miner.lookup(e.ticket.template) : null;
    const target = routedTo === null ? themeId : state.resolve(routedTo);
    return { ticket: e.ticket, vector: vectorize(e.ticket, df), themeId: target, fixed, routed: routedTo !== null, embedding: state.embeddingOf(e.ticket), settled: e.settled === true };
  });
  // A template theme too small to count as recurring lets its alerts be placed by similarity.
  const sizes = new Map<string, number>();
  for (const m of members) sizes.set(m.themeId, (sizes.get(m.themeId) ?? 0) + 1);
  for (const m of members) if (m.routed && sizes.get(m.themeId)! < SUBJECT_RECURS) m.routed = false;
  // Each member's theme before this consolidation, by position (read-only from here on).
  const before = members.map((m) => m.themeId);
  const aloneBefore = new Map<string, string>();
  for (const m of members) if (sizes.get(m.themeId) === 1) aloneBefore.set(m.ticket.id, m.themeId);
  const protectedIds = new Set([...decisions.pinned].map((id) => state.resolve(id)));

  // Reassign and merge compare against exact centroids (measured: AMI +0.001..+0.004 on gl and
  // both halves, dev sets unchanged); label votes are only read from the final partition.
  const themes = rebuildThemes(state, members, true);
  const retired = new Map<string, string>();
  let placed = before;
  reassign(themes, members, protectedIds, state.config.similarity);
  splitThemes(state, members, protectedIds);
  // Merging looks at the themes as reassign and split left them (merging first mostly joined
  // themes that reassign would have emptied anyway).
  const afterSplit = rebuildMoved(state, members, themes, placed);
  placed = members.map((m) => m.themeId);
  for (const [from, into] of mergeRelatedThemes(afterSplit, members, protectedIds, MERGE_FACTOR * state.config.similarity)) {
    retired.set(from, into);
  }
  releaseOutliers(state, members, rebuildMoved(state, members, afterSplit, placed), aloneBefore, protectedIds);
  for (const m of members) if (m.fixed) m.themeId = state.resolve(decisions.ticketThemes.get(m.ticket.id)!);

  const final = rebuildThemes(state, members);
  const flows = ticketFlows(members, before);
  for (const id of themes.keys()) {
    if (final.has(id) || retired.has(id)) continue;
    const into = mainDestination(flows.get(id));
    if (into) retired.set(id, into);
  }
  for (const id of [...state.themes.keys()]) if (!final.has(id) && !retired.has(id)) state.themes.delete(id);
  state.retireAll([...retired].filter(([from]) => !final.has(from)));
  for (const [id, theme] of final) state.themes.set(id, theme);
  state.df = df;

  const views = relabel(final, members, decisions);
  // Then each theme keeps its strongest terms, as after any prune (labels were read first).
  state.index = new ThemeIndex();
  for (const theme of final.values()) {
    theme.prune();
    if (theme.kind === 'human') state.index.put(theme);
  }
  const assignments = new Map<string, string>();
  for (const m of members) assignments.set(m.ticket.id, m.themeId);
  return { assignments, retired, themes: views };
}

/** Human themes holding two well-separated groups become two themes (see split.ts). */
function splitThemes(state: EngineState, members: Member[], pinned: ReadonlySet<string>): void {
  const groups = new Map<string, Member[]>();
  for (const m of members) {
    if (m.ticket.kind !== 'human' || pinned.has(m.themeId)) continue;
    const g = groups.get(m.themeId);
    if (g) g.push(m); else groups.set(m.themeId, [m]);
  }
  for (const group of groups.values()) {
    const part = twoGroups(group, MERGE_FACTOR * state.config.similarity);
    if (!part) continue;
    const theme = state.open(part[0].ticket);
    for (const m of part) m.themeId = theme.id;
  }
}

/**
 * Fresh centroids for the current partition; kind, template and ids carried over. `exact`: full
 * centroids, not pruned as they grow (so independent of ticket order) and without label votes,
 * for the merge and reassign decisions; the final partition is pruned and labelled as in streaming.
 */
export function rebuildThemes(state: EngineState, members: readonly Member[], exact = false): Map<string, Theme> {
  const out = new Map<string, Theme>();
  for (const m of members) {
    let theme = out.get(m.themeId);
    if (!theme) {
      const old = state.themes.get(m.themeId) ?? state.adopt(m.themeId, m.ticket.kind);
      theme = new Theme(old.id, old.kind, old.name, old.centralTicketId, old.template);
      out.set(theme.id, theme);
    }
    theme.add(m.vector, m.ticket.errorCodes, m.ticket.forms, !exact, !exact);
    theme.addEmbedding(m.embedding);
  }
  return out;
}

/**
 * Exact themes for the current partition, as rebuildThemes(state, members, true) gives them, but
 * rebuilding only themes a ticket left or joined since `previous` was built (`placed`: each
 * member's theme then). The others have the same members in the same order, so their rebuild
 * would be identical; they are reused. Themes come in order of first member, as from a rebuild.
 */
function rebuildMoved(state: EngineState, members: readonly Member[], previous: ReadonlyMap<string, Theme>, placed: readonly string[]): Map<string, Theme> {
  const touched = new Set<string>();
  members.forEach((m, i) => { if (m.themeId !== placed[i]) { touched.add(m.themeId); touched.add(placed[i]); } });
  const rebuilt = rebuildThemes(state, members.filter((m) => touched.has(m.themeId)), true);
  const out = new Map<string, Theme>();
  for (const m of members) if (!out.has(m.themeId)) out.set(m.themeId, rebuilt.get(m.themeId) ?? previous.get(m.themeId)!);
  return out;
}

/** Old theme -> new theme -> tickets that made that move (`before`: each member's old theme). */
function ticketFlows(members: readonly Member[], before: readonly string[]): Map<string, Map<string, number>> {
  const flows = new Map<string, Map<string, number>>();
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    const from = before[i];
    if (from === m.themeId) continue;
    let f = flows.get(from);
    if (!f) { f = new Map(); flows.set(from, f); }
    f.set(m.themeId, (f.get(m.themeId) ?? 0) + 1);
  }
  return flows;
}

/** Where most of a vanished theme's tickets went. */
function mainDestination(votes: Map<string, number> | undefined): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [to, v] of votes ?? []) if (v > n) { best = to; n = v; }
  return best;
}
