import type { ClientReview } from './client-review-schema.js';
import { CALM_LABEL, effectCell, hours, percent, STATUS_LABEL, title } from './review-text.js';

/** Markdown table cells: pipes and line breaks would break the table (backslashes are already escaped by text()). */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const text = (s: string) => s.replace(/([\\`*_[\]<>#])/g, '\\$1');

export function renderMarkdown(review: ClientReview): string {
  const lines = [`# ${text(title(review))}`, ''];
  if (review.preparedBy) lines.push(`Prepared by ${text(review.preparedBy)}.`, '');
  lines.push(`**${CALM_LABEL[review.calm.verdict]}.** ${text(review.calm.sentence)}`, '');

  lines.push('## Top recurring themes', '');
  if (review.topThemes.length === 0) lines.push('No recurring themes in this period.', '');
  else {
    lines.push('| Theme | Tickets | Hours lost | Trend |', '| --- | ---: | ---: | --- |');
    for (const t of review.topThemes) lines.push(`| ${cell(text(t.name))} | ${t.tickets} | ${hours(t.hours)} | ${t.trend} |`);
    lines.push('');
  }

  lines.push('## Standards', '');
  if (review.standards.length === 0) lines.push('No standards proposed yet.', '');
  else {
    lines.push('| Standard | Status | Effect |', '| --- | --- | --- |');
    for (const s of review.standards) {
      const status = s.implementedAt ? `${STATUS_LABEL[s.status]} ${s.implementedAt}` : STATUS_LABEL[s.status];
      lines.push(`| ${cell(text(s.title))} | ${status} | ${cell(effectCell(s))} |`);
    }
    lines.push('');
    for (const s of review.standards.filter((x) => x.effect)) lines.push(`- ${text(s.effect!.sentence)}`);
    if (review.standards.some((x) => x.effect)) lines.push('');
  }

  lines.push('## Recurring share of tickets by month', '');
  lines.push('| Month | Tickets | Recurring | Share |', '| --- | ---: | ---: | ---: |');
  for (const m of review.monthly) lines.push(`| ${m.month} | ${m.tickets} | ${m.recurringTickets} | ${percent(m.recurringTickets, m.tickets)} |`);
  return `${lines.join('\n')}\n`;
}
