import { ticketSchema, type TicketInput } from '../tickets/ticket-schema.js';
import { str } from './payload.js';

/**
 * Shared mapping rules: status words, dates, text clean-up, and the final ticketSchema check so no
 * connector can hand the integrator a ticket the rest of the service would reject.
 */
type Status = NonNullable<TicketInput['status']>;

/** The PSA's own status word mapped to ours; the word itself is kept in statusName by callers. */
export function statusFromName(name: string | undefined, closedHint = false): Status {
  const s = (name ?? '').toLowerCase();
  if (closedHint || /\b(closed?|complete[d]?|cancell?ed|done)\b/.test(s)) return 'closed';
  if (/\b(resolved|solved|fixed)\b/.test(s)) return 'resolved';
  if (/(progress|assigned|working|scheduled|waiting|hold|pending|escalat)/.test(s)) return 'in_progress';
  return 'open';
}

/**
 * Any vendor date to ISO 8601 UTC. Strings without a zone (Halo, ServiceNow, CSV exports) are read
 * as UTC rather than server-local time, so the result does not depend on where the worker runs.
 */
export function toIso(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString();
  const s = str(value);
  if (!s) return undefined;
  let ms: number;
  const bare = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$/.exec(s);
  if (bare) ms = Date.parse(`${bare[1]}T${bare[2] ?? '00:00'}Z`);
  else if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(s)) ms = Date.parse(s);
  else {
    // Free-form (exports, Freshworks placeholders): try as UTC first, then as written (it may name a zone).
    ms = Date.parse(`${s} UTC`);
    if (Number.isNaN(ms)) ms = Date.parse(s);
  }
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  // Halo and SQL exports use 1900-01-01 (or year 0001) for "no date".
  return date.getUTCFullYear() < 1971 ? undefined : date.toISOString();
}

/** Very small HTML-to-text for vendor rich text (Halo details, Zendesk html); not a sanitizer. */
export function stripHtml(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function clip(value: string | undefined, max: number): string | undefined {
  return value === undefined ? undefined : value.length > max ? value.slice(0, max) : value;
}

export function ref(id: unknown, name?: unknown): { id: string; name?: string } | undefined {
  const i = str(id);
  if (!i) return undefined;
  const n = clip(str(name), 500);
  return n ? { id: clip(i, 200)!, name: n } : { id: clip(i, 200)! };
}

/** Drops undefined keys, empty objects and empty arrays, then validates; the error names the offending field. */
export function finishTicket(input: Record<string, unknown>): { ok: true; ticket: TicketInput } | { ok: false; reason: string } {
  const cleaned = prune(input) as Record<string, unknown>;
  if (typeof cleaned.title === 'string') cleaned.title = clip(cleaned.title, 2_000);
  const result = ticketSchema.safeParse(cleaned);
  if (result.success) return { ok: true, ticket: result.data };
  const issue = result.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || 'ticket'}: ${issue?.message ?? 'invalid'}` };
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const p = prune(v);
    if (p === undefined) continue;
    if (typeof p === 'object' && p !== null && Object.keys(p).length === 0) continue; // {} and []
    out[k] = p;
  }
  return out;
}
