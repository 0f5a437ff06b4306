/**
 * Content negotiation on the Accept header (RFC 9110 §12.5.1), as a pure function so its rules
 * can be tested on their own. A substring check gave HTML to `text/html;q=0` (which refuses it)
 * and to `text/markdown, text/html` (which prefers Markdown).
 */

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
  /** Position in the header: among equals, what the client listed first is what it prefers. */
  index: number;
}

const token = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
const qvalue = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

/**
 * The media ranges of an Accept header. A range that does not parse (no `type/subtype`, a q
 * outside 0-1) is skipped rather than failing the request. Parameters other than q (`charset`,
 * `level`) are ignored: every type offered here has one form.
 */
export function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const [index, part] of header.split(',').entries()) {
    const [range, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const [type, subtype, extra] = range.split('/');
    if (extra !== undefined || !type || !subtype || !token.test(type) || !token.test(subtype) || (type === '*' && subtype !== '*')) continue;
    let q = 1;
    const qParam = params.find((p) => /^q\s*=/.test(p));
    if (qParam !== undefined) {
      const value = qParam.slice(qParam.indexOf('=') + 1).trim();
      if (!qvalue.test(value)) continue;
      q = Number(value);
    }
    ranges.push({ type, subtype, q, index });
  }
  return ranges;
}

/**
 * Which of `offers` (media types, in the server's order of preference) to send.
 * - No Accept header, or one with nothing parseable in it: the first offer.
 * - Each offer takes the q of the most specific range matching it (`text/html`, then `text/*`,
 *   then the any-type range), so "anything, but text/html;q=0" refuses HTML and accepts the rest.
 *   q=0 means not acceptable.
 * - The highest q wins; then the offer matched by the more specific range (the client named it);
 *   then the one whose range the client listed first; then the server's order.
 * Returns null when the client accepts none of the offers: the caller answers 406.
 */
export function negotiate<T extends string>(accept: string | undefined, offers: readonly T[]): T | null {
  const ranges = accept === undefined ? [] : parseAccept(accept);
  if (ranges.length === 0) return offers[0] ?? null;
  let best: { offer: T; q: number; specificity: number; index: number } | null = null;
  for (const offer of offers) {
    const [type, subtype] = offer.toLowerCase().split('/');
    let match: { q: number; specificity: number; index: number } | null = null;
    for (const r of ranges) {
      const specificity = r.type === '*' ? 0 : r.subtype === '*' ? 1 : 2;
      const matches = specificity === 0 || (r.type === type && (specificity === 1 || r.subtype === subtype));
      if (matches && (match === null || specificity > match.specificity)) match = { q: r.q, specificity, index: r.index };
    }
    if (match === null || match.q === 0) continue;
    // Strictly better only: on a full tie the earlier offer (the server's preference) stays.
    if (
      best === null ||
      match.q > best.q ||
      (match.q === best.q && (match.specificity > best.specificity || (match.specificity === best.specificity && match.index < best.index)))
    )
      best = { offer, ...match };
  }
  return best?.offer ?? null;
}
