/** The sentence a client reads under a proof-of-effect chart. */
import type { EffectComparison } from './measure-effect.js';

interface SentenceInput {
  label?: string;
  window: { days: number; beforeEnd: Date };
  overall: EffectComparison;
  clients: number;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const two = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(2));

export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

export function effectSentence({ label, window, overall, clients }: SentenceInput): string {
  const what = label ? `${label} (from ${day(window.beforeEnd)})` : `the change on ${day(window.beforeEnd)}`;
  const scope = clients === 0 ? 'the whole organisation' : `${clients} client${clients === 1 ? '' : 's'}`;
  if (overall.verdict === 'insufficient_data') {
    return `Too early to tell whether ${what} worked: ${overall.before} events before and ${overall.after} after in ${window.days}-day windows across ${scope}.`;
  }
  const ratio = overall.rateRatio === null ? '' : `rate ratio ${two(overall.rateRatio)}, `;
  const upper = overall.interval.upper === null ? 'unbounded' : two(overall.interval.upper);
  const stats = `(${ratio}95% CI ${two(overall.interval.lower)}–${upper}, ${formatP(overall.pTwoSided)})`;
  const counts = `from ${overall.before} to ${overall.after} in equal ${window.days}-day windows across ${scope}`;
  if (overall.verdict === 'reduced') return `After ${what}, events fell ${counts} ${stats}: the theme is quieter.`;
  if (overall.verdict === 'worse') return `After ${what}, events rose ${counts} ${stats}: something else is going on.`;
  return `After ${what}, events went ${counts} ${stats}: no clear change yet.`;
}
