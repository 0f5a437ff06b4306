/**
 * Drain-style template miner for alerts (He et al., 2017): alerts are grouped by token count
 * and first token, then joined to the most similar template in that group when enough tokens
 * are equal; differing positions become <*>. As in Drain, a wildcard position does not count as
 * a match, so a template cannot generalise itself into matching everything.
 *
 * An alert template that fires for many different subjects (the job, host or service at its
 * wildcard positions) is many problems. So a template is one theme for subjects seen once, and
 * a subject that recurs under it gets its own theme: a subject that repeats is effectively a
 * constant for that group of alerts (Drain keeps constants). One-off subjects stay together.
 */
export const WILDCARD = '<*>';
/** Templates compared per group: alert sources emit a handful of shapes, so this is generous. */
const MAX_PER_GROUP = 200;
/** Subjects remembered per template; past this, the oldest seen-once subjects are forgotten. */
const MAX_SUBJECTS = 512;
/** Occurrences after which a subject is a recurring problem of its own. */
export const SUBJECT_RECURS = 3;
const SEP = '\u0001';

export interface Subject { n: number; themeId: string | null }

export interface Template {
  /** The theme of this template's one-off subjects; null until one is needed. */
  themeId: string | null;
  tokens: string[];
  /** Alerts matched so far. */
  size: number;
  /** Subject key (tokens at the wildcard positions) -> count and theme. */
  subjects: Map<string, Subject>;
}

type TemplateJson = [themeId: string | null, tokens: string[], size: number, subjects: Array<[string, number, string | null]>];

function groupKey(tokens: readonly string[]): string {
  const first = tokens[0] ?? '';
  return `${tokens.length}|${/\d/.test(first) ? WILDCARD : first}`;
}

function similarity(template: readonly string[], tokens: readonly string[]): number {
  let same = 0;
  for (let i = 0; i < tokens.length; i++) if (template[i] === tokens[i]) same++;
  return tokens.length === 0 ? 1 : same / tokens.length;
}

/** The alert's names at the template's wildcard positions: what the alert is about. */
function subjectKey(template: readonly string[], tokens: readonly string[]): string {
  let key = '';
  let any = false;
  for (let i = 0; i < template.length; i++) {
    // A placeholder is a value (a date, a number), never the subject.
    if (template[i] !== WILDCARD || tokens[i].charCodeAt(0) === 60) continue;
    key = any ? key + SEP + tokens[i] : tokens[i];
    any = true;
  }
  return key;
}

/** The template with this alert's subject written in: the display template of a subject theme. */
export function fillTemplate(template: readonly string[], tokens: readonly string[]): string[] {
  return template.map((t, i) => (t === WILDCARD ? tokens[i] : t));
}

export class TemplateMiner {
  constructor(private readonly threshold: number, readonly groups = new Map<string, Template[]>()) {}

  private best(tokens: readonly string[]): Template | null {
    const group = this.groups.get(groupKey(tokens));
    if (!group) return null;
    let best: Template | null = null;
    let bestSim = -1;
    for (const t of group) {
      const s = similarity(t.tokens, tokens);
      if (s > bestSim) { best = t; bestSim = s; }
    }
    return best && bestSim >= this.threshold ? best : null;
  }

  /**
   * Routes one alert to its theme id, learning as it goes. `open(display)` opens a theme for a
   * new template or a newly recurring subject and returns its id.
   */
  assign(tokens: readonly string[], open: (display: string[]) => string): { themeId: string; display: string[] } {
    const tpl = this.best(tokens);
    if (!tpl) {
      const key = groupKey(tokens);
      let group = this.groups.get(key);
      if (!group) { group = []; this.groups.set(key, group); }
      const created: Template = { themeId: open([...tokens]), tokens: [...tokens], size: 1, subjects: new Map() };
      group.push(created);
      if (group.length > MAX_PER_GROUP) group.shift();
      return { themeId: created.themeId!, display: created.tokens };
    }
    this.generalise(tpl, tokens);
    tpl.size++;
    const key = subjectKey(tpl.tokens, tokens);
    if (key === '') return { themeId: this.general(tpl, open), display: tpl.tokens };
    let s = tpl.subjects.get(key);
    if (!s) {
      s = { n: 0, themeId: null };
      tpl.subjects.set(key, s);
      if (tpl.subjects.size > MAX_SUBJECTS) this.forget(tpl);
    }
    s.n++;
    if (s.themeId === null && s.n >= SUBJECT_RECURS) s.themeId = open(fillTemplate(tpl.tokens, tokens));
    if (s.themeId !== null) return { themeId: s.themeId, display: fillTemplate(tpl.tokens, tokens) };
    return { themeId: this.general(tpl, open), display: tpl.tokens };
  }

  /** Where an alert belongs now, without learning from it (consolidation), or null if unknown. */
  lookup(tokens: readonly string[]): string | null {
    const tpl = this.best(tokens);
    if (!tpl) return null;
    const s = tpl.subjects.get(subjectKey(tpl.tokens, tokens));
    return s?.themeId ?? tpl.themeId;
  }

  /** Display tokens of the template an alert falls under (generalised form), or null. */
  templateOf(tokens: readonly string[]): string[] | null {
    return this.best(tokens)?.tokens ?? null;
  }

  private general(tpl: Template, open: (display: string[]) => string): string {
    tpl.themeId ??= open([...tpl.tokens]);
    return tpl.themeId;
  }

  /**
   * Turns the positions where this alert differs into wildcards. Every earlier alert had the old
   * constant there, so earlier subjects are re-keyed with it; before the first wildcard all
   * earlier alerts shared one subject, which keeps the template's theme if it already recurred.
   */
  private generalise(tpl: Template, tokens: readonly string[]): void {
    let changed = false;
    for (let i = 0; i < tokens.length; i++) if (tpl.tokens[i] !== WILDCARD && tpl.tokens[i] !== tokens[i]) { changed = true; break; }
    if (!changed) return;
    const before = tpl.tokens;
    const after = before.map((t, i) => (t !== WILDCARD && t !== tokens[i] ? WILDCARD : t));
    if (!before.includes(WILDCARD)) {
      const first: Subject = { n: tpl.size, themeId: null };
      if (tpl.size >= SUBJECT_RECURS) { first.themeId = tpl.themeId; tpl.themeId = null; }
      tpl.subjects = new Map([[subjectKey(after, before), first]]);
    } else {
      const rekeyed = new Map<string, Subject>();
      for (const [key, s] of tpl.subjects) {
        const parts = key.split(SEP);
        const full = [...before];
        let j = 0;
        for (let i = 0; i < before.length; i++) if (before[i] === WILDCARD) full[i] = parts[j++] ?? '';
        const k = subjectKey(after, full);
        const prev = rekeyed.get(k);
        if (prev) { prev.n += s.n; prev.themeId ??= s.themeId; } else rekeyed.set(k, { ...s });
      }
      tpl.subjects = rekeyed;
    }
    tpl.tokens = after;
  }

  private forget(tpl: Template): void {
    for (const [key, s] of tpl.subjects) {
      if (s.themeId === null) { tpl.subjects.delete(key); return; }
    }
  }

  /**
   * Points templates and subjects of retired themes at the themes that absorbed them, as if each
   * (from, into) move were applied in turn (a theme absorbed by one retired later follows it on),
   * in one pass over the templates however many themes retire. Each `from` appears once.
   */
  redirect(moves: ReadonlyArray<readonly [from: string, into: string]>): void {
    const step = new Map<string, number>();
    moves.forEach(([from], i) => step.set(from, i));
    const follow = (id: string | null): string | null => {
      let cur = id;
      for (let next = 0; cur !== null;) {
        const i = step.get(cur);
        if (i === undefined || i < next) break;
        cur = moves[i][1];
        next = i + 1;
      }
      return cur;
    };
    for (const group of this.groups.values()) {
      for (const t of group) {
        t.themeId = follow(t.themeId);
        for (const s of t.subjects.values()) s.themeId = follow(s.themeId);
      }
    }
  }

  toJSON(): Array<[string, TemplateJson[]]> {
    return [...this.groups].map(([key, list]) => [key, list.map((t): TemplateJson => [
      t.themeId, t.tokens, t.size, [...t.subjects].map(([k, s]): [string, number, string | null] => [k, s.n, s.themeId]),
    ])]);
  }

  static fromJSON(threshold: number, raw: Array<[string, TemplateJson[]]>): TemplateMiner {
    const groups = new Map<string, Template[]>();
    for (const [key, list] of raw) {
      groups.set(key, list.map(([themeId, tokens, size, subjects]) => ({
        themeId, tokens, size, subjects: new Map(subjects.map(([k, n, id]) => [k, { n, themeId: id }])),
      })));
    }
    return new TemplateMiner(threshold, groups);
  }
}
