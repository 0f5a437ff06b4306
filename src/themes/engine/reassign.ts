/**
 * The reassign pass (the one consolidation step the prototype found always helped): each ticket
 * moves to its most similar theme of at least MIN_SIZE tickets, when that theme is clearly more
 * similar than its own and similar enough to join. Two tickets already make a recurrence:
 * measured over nine arrival orders of gl-tickets, 2 rather than 3 kept AMI and raised purity5 by
 * 0.008 (a pair no longer has to join a broader theme), with coverage3 0.994 -> 0.989. Centroids
 * are frozen for the pass, a member is compared with its own theme leaving itself out,
 * hand-placed tickets and pinned themes' tickets stay, and alerts already in an established
 * template theme stay.
 */
import { memberSimilarity } from './centroid-math.js';
import { mixSimilarity } from './embedding.js';
import type { Member } from './consolidate.js';
import type { Theme } from './theme.js';
import { ThemeIndex } from './theme-index.js';

export const MIN_SIZE = 2;
/**
 * A ticket leaves its theme only for one at least this much (relatively) more similar: near ties
 * otherwise flip back and forth from one consolidation to the next. Measured on gl-tickets (nine
 * arrival orders): AMI 0.3122 -> 0.3134, purity5 0.6756 -> 0.6765 together with the join rule
 * below, and a second consolidation with no new tickets moves 6.5% of tickets, not 8.8%.
 */
export const MOVE_MARGIN = 0.1;
/**
 * A settled ticket (in place at the last consolidation) that still fits its theme needs a theme
 * this much more similar. Each consolidation recomputes IDF over a grown corpus, which nudges
 * every vector, so older tickets drift between neighbouring themes. Measured on gl-tickets
 * consolidated after every 150, 500 and 2,000 new tickets: older tickets moved per consolidation
 * 3.4/5.5/9.4% -> 2.6/4.2/8.0%, final AMI and purity5 the same within noise (0.5 cut moves
 * further, to 2.0/3.2/6.4%, but cost 0.003 purity5). A one-off consolidation (all tickets new,
 * as in the eval) is unchanged.
 */
export const SETTLED_MOVE_MARGIN = 0.25;
const QUERY_TERMS = 8;

/**
 * `join`: the similarity a ticket needs to join a theme. A move to a theme the ticket is less
 * similar to would be undone when outliers are released, after having skewed the merge step.
 */
export function reassign(themes: Map<string, Theme>, members: Member[], pinned: ReadonlySet<string>, join: number): void {
  const index = new ThemeIndex();
  for (const t of themes.values()) if (t.size >= MIN_SIZE) index.put(t);
  const moves: Array<[Member, string]> = [];
  for (const m of members) {
    const own = themes.get(m.themeId);
    if (m.fixed || pinned.has(m.themeId) || !own) continue;
    if (m.routed) continue;
    const ownSim = own.size >= MIN_SIZE ? memberSimilarity(own, m.vector, m.embedding) : 0;
    let best: Theme | null = null;
    const margin = m.settled && ownSim >= join ? SETTLED_MOVE_MARGIN : MOVE_MARGIN;
    let bestSim = Math.max(join, ownSim * (1 + margin)) - Number.EPSILON;
    for (const id of index.shortlist(m.vector.terms, m.vector.weights, QUERY_TERMS)) {
      if (id === own.id) continue;
      const cand = themes.get(id)!;
      const sim = mixSimilarity(cand.similarity(m.vector), cand.embeddingSimilarity(m.embedding));
      if (sim > bestSim) { best = cand; bestSim = sim; }
    }
    if (best) moves.push([m, best.id]);
  }
  for (const [m, to] of moves) m.themeId = to;
}
