/**
 * Drain-style template miner for alerts (He et al., 2017): alerts are grouped by token count
 * and first token, then joined to the most similar template in that group when enough tokens
 * match; differing positions become <*>. Each template is one alert theme.
 */
export const WILDCARD = '<*>';
/** Templates compared per group: alert sources emit a handful of shapes, so this is generous. */
const MAX_PER_GROUP = 200;

export interface Template { themeId: string; tokens: string[] }

function groupKey(tokens: readonly string[]): string {
  const first = tokens[0] ?? '';
  return `${tokens.length}|${/\d/.test(first) ? WILDCARD : first}`;
}

function similarity(template: readonly string[], tokens: readonly string[]): number {
  let same = 0;
  for (let i = 0; i < tokens.length; i++) if (template[i] === tokens[i] || template[i] === WILDCARD) same++;
  return tokens.length === 0 ? 1 : same / tokens.length;
}

export class TemplateMiner {
  constructor(private readonly threshold: number, readonly groups = new Map<string, Template[]>()) {}

  /** The matching template (generalised in place), or null when the alert needs a new one. */
  match(tokens: readonly string[]): Template | null {
    const group = this.groups.get(groupKey(tokens));
    if (!group) return null;
    let best: Template | null = null;
    let bestSim = -1;
    for (const t of group) {
      const s = similarity(t.tokens, tokens);
      if (s > bestSim) { best = t; bestSim = s; }
    }
    if (!best || bestSim < this.threshold) return null;
    for (let i = 0; i < tokens.length; i++) if (best.tokens[i] !== tokens[i]) best.tokens[i] = WILDCARD;
    return best;
  }

  add(tokens: readonly string[], themeId: string): Template {
    const key = groupKey(tokens);
    let group = this.groups.get(key);
    if (!group) { group = []; this.groups.set(key, group); }
    const t = { themeId, tokens: [...tokens] };
    group.push(t);
    if (group.length > MAX_PER_GROUP) group.shift();
    return t;
  }

  /** Points templates of a retired theme at the theme that absorbed it. */
  redirect(fromId: string, toId: string): void {
    for (const group of this.groups.values()) for (const t of group) if (t.themeId === fromId) t.themeId = toId;
  }
}
