import { describe, expect, it } from 'vitest';
import { assessCalm } from '../../../src/standards/review/assess-calm.js';
import type { ClientReview } from '../../../src/standards/review/client-review-schema.js';
import { renderReview } from '../../../src/standards/review/render-review.js';

const monthly = (recurring: number[]) =>
  recurring.map((r, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, tickets: r + 40, recurringTickets: r }));

const review = (over: Partial<ClientReview> = {}): ClientReview => ({
  client: { id: 'acme', name: 'Acme Dental' },
  preparedBy: 'Northpoint IT',
  period: { from: '2026-01-01', to: '2026-06-30' },
  topThemes: [
    { id: 't1', name: 'Password expired', tickets: 38, hours: 21, trend: 'falling' },
    { id: 't2', name: 'Printer <script>alert("x")</script> queue', tickets: 12, hours: 9.5, trend: 'steady' },
  ],
  standards: [
    {
      standardId: 'self-service-password-reset', title: 'Self-service password reset', status: 'implemented', implementedAt: '2026-03-01',
      effect: { verdict: 'reduced', before: 24, after: 6, windowDays: 90, rateRatio: 0.25, sentence: 'Events fell from 24 to 6.' },
    },
    { standardId: 'print-driver-standardisation', title: 'Printer driver standardisation', status: 'proposed', estimate: { ticketsPerYear: 30, hoursPerYear: 22.5 } },
  ],
  monthly: monthly([30, 28, 31, 14, 12, 10]),
  calm: assessCalm(monthly([30, 28, 31, 14, 12, 10])),
  ...over,
});

describe('assessCalm', () => {
  it('says calmer only when the fall beats chance', () => {
    expect(assessCalm(monthly([30, 28, 31, 14, 12, 10])).verdict).toBe('calmer');
    expect(assessCalm(monthly([10, 12, 9, 11, 10, 12])).verdict).toBe('about_the_same');
    expect(assessCalm(monthly([5, 6, 4, 20, 22, 25])).verdict).toBe('busier');
    expect(assessCalm(monthly([5, 6, 4])).verdict).toBe('not_enough_history');
  });
});

describe('renderReview', () => {
  it('renders Markdown with the themes, standards, effect and monthly share', () => {
    const md = renderReview(review(), 'markdown');
    expect(md).toContain('# Acme Dental: alignment review 2026-01-01 to 2026-06-30');
    expect(md).toContain('**Getting calmer.**');
    expect(md).toContain('| Password expired | 38 | 21 h | falling |');
    expect(md).toContain('| Self-service password reset | Implemented 2026-03-01 | Reduced |');
    expect(md).toContain('Would save ~30 tickets, 22.5 h a year');
    expect(md).toContain('| 2026-04 | 54 | 14 | 26% |');
    expect(md).not.toContain('<script>');
  });

  it('renders self-contained, escaped HTML', () => {
    const html = renderReview(review(), 'html');
    expect(html).toContain('Printer &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; queue');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|src=|href=|@import|url\(/i);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('is accessible and printable: language, captions, header scopes, print styles', () => {
    const html = renderReview(review(), 'html');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<caption>Top recurring themes</caption>');
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row">Password expired</th>');
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('@media print');
  });

  it('copes with an empty review and rejects a malformed one', () => {
    const empty = renderReview(review({ topThemes: [], standards: [], monthly: [] }), 'html');
    expect(empty).toContain('No recurring themes in this period.');
    expect(() => renderReview(review({ period: { from: 'last year', to: '2026-06-30' } }), 'markdown')).toThrow();
  });
});
