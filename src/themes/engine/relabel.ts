/** Names and label terms for consolidated themes; an engineer's name always wins. */
import type { Member } from './consolidate.js';
import { themeName } from './state.js';
import { distinctForms, LABEL_TERMS, topLabelTerms } from './labels.js';
import type { Theme } from './theme.js';
import type { Decisions, ThemeView } from './types.js';
import type { SparseVector } from './vectorize.js';

export function relabel(themes: Map<string, Theme>, members: readonly Member[], decisions: Decisions): ThemeView[] {
  const byTheme = new Map<string, Member[]>();
  for (const m of members) {
    const list = byTheme.get(m.themeId);
    if (list) list.push(m); else byTheme.set(m.themeId, [m]);
  }
  const ids = [...byTheme.keys()];
  const labels = topLabelTerms(ids.map((id) => byTheme.get(id)!.map((m) => m.ticket)));
  return ids.map((id, i) => {
    const theme = themes.get(id)!;
    const group = byTheme.get(id)!;
    const central = mostCentral(theme, group, (m) => m.vector);
    theme.centralTicketId = central.ticket.id;
    theme.name = decisions.names.get(id) ?? themeName(central.ticket);
    return {
      id, name: theme.name, terms: distinctForms(labels[i].map((term) => surface(theme, term, group)), LABEL_TERMS),
      errorCodes: theme.errorCodes, template: theme.template ? theme.template.join(' ') : null,
      kind: theme.kind, size: theme.size, centralTicketId: theme.centralTicketId,
    };
  });
}

/** The theme's majority form of a stem; a term pruned from its centroid takes a member's form. */
function surface(theme: Theme, term: string, group: readonly Member[]): string {
  const voted = theme.votedForm(term);
  if (voted !== undefined) return voted;
  for (const m of group) { const f = m.ticket.forms[term]; if (f !== undefined) return f; }
  return term;
}

/** The item most similar to the theme's centroid (the first of equals): the ticket a theme is named after. */
export function mostCentral<T>(theme: Theme, items: readonly T[], vectorOf: (item: T) => SparseVector): T {
  let best = items[0];
  let bestSim = -1;
  for (const item of items) {
    const s = theme.similarity(vectorOf(item));
    if (s > bestSim) { best = item; bestSim = s; }
  }
  return best;
}
