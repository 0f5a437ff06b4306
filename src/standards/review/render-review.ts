import { clientReviewSchema, type ClientReview } from './client-review-schema.js';
import { renderHtml } from './render-review-html.js';
import { renderMarkdown } from './render-review-markdown.js';

export type ReviewFormat = 'markdown' | 'html';

/** Validates the review first, so a malformed object fails loudly instead of rendering half a report. */
export function renderReview(review: ClientReview, format: ReviewFormat): string {
  const valid = clientReviewSchema.parse(review);
  return format === 'html' ? renderHtml(valid) : renderMarkdown(valid);
}
