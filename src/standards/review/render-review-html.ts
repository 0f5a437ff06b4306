/**
 * A self-contained, printable HTML review: no scripts, no external assets, inline CSS with print
 * rules. Every value from data is escaped; tables carry captions and header scopes for screen readers.
 */
import type { ClientReview } from './client-review-schema.js';
import { CALM_LABEL, effectCell, hours, percent, STATUS_LABEL, title } from './review-text.js';
import { REVIEW_CSS } from './review-css.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const table = (caption: string, head: string[], rows: string[][], numeric: number[] = []) => `
<table>
  <caption>${escapeHtml(caption)}</caption>
  <thead><tr>${head.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead>
  <tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`)).join('')}</tr>`).join('\n')}</tbody>
</table>`;

function monthly(review: ClientReview): string {
  const rows = review.monthly.map((m) => {
    const share = m.tickets === 0 ? 0 : Math.round((m.recurringTickets / m.tickets) * 100);
    // The bar repeats the number beside it, so it is hidden from screen readers.
    const bar = `<span class="bar" aria-hidden="true"><span style="width:${share}%"></span></span>`;
    return [escapeHtml(m.month), String(m.tickets), String(m.recurringTickets), `${percent(m.recurringTickets, m.tickets)} ${bar}`];
  });
  return table('Recurring share of tickets by month', ['Month', 'Tickets', 'Recurring', 'Share'], rows, [1, 2]);
}

export function renderHtml(review: ClientReview): string {
  const heading = escapeHtml(title(review));
  const themes = review.topThemes.length
    ? table(
        'Top recurring themes',
        ['Theme', 'Tickets', 'Hours lost', 'Trend'],
        review.topThemes.map((t) => [escapeHtml(t.name), String(t.tickets), hours(t.hours), escapeHtml(t.trend)]),
        [1, 2],
      )
    : '<p>No recurring themes in this period.</p>';
  const standards = review.standards.length
    ? table(
        'Standards proposed and adopted',
        ['Standard', 'Status', 'Effect'],
        review.standards.map((s) => [
          escapeHtml(s.title),
          escapeHtml(s.implementedAt ? `${STATUS_LABEL[s.status]} ${s.implementedAt}` : STATUS_LABEL[s.status]),
          `${escapeHtml(effectCell(s))}${s.effect ? `<br><small>${escapeHtml(s.effect.sentence)}</small>` : ''}`,
        ]),
      )
    : '<p>No standards proposed yet.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading}</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
<main>
<h1>${heading}</h1>
${review.preparedBy ? `<p class="by">Prepared by ${escapeHtml(review.preparedBy)}</p>` : ''}
<section aria-labelledby="calm"><h2 id="calm">${escapeHtml(CALM_LABEL[review.calm.verdict])}</h2>
<p class="calm calm-${review.calm.verdict}">${escapeHtml(review.calm.sentence)}</p></section>
<section aria-labelledby="themes"><h2 id="themes">What kept coming back</h2>${themes}</section>
<section aria-labelledby="standards"><h2 id="standards">Standards</h2>${standards}</section>
<section aria-labelledby="trend"><h2 id="trend">Month by month</h2>${monthly(review)}</section>
</main>
</body>
</html>
`;
}
