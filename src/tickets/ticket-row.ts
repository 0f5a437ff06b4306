import { createHash } from 'node:crypto';
import type { Ticket } from './ticket-schema.js';

/** The columns a normalised ticket is stored in (tickets table), as one JSON record per ticket. */
export interface TicketRecord {
  id: string;
  source: string;
  external_id: string;
  revision: string | null;
  version_rank: number | null;
  content_hash: string;
  title: string;
  description: string | null;
  notes: Ticket['notes'] | null;
  resolution: string | null;
  status: string;
  status_name: string | null;
  priority: string | null;
  client_id: string | null;
  client_name: string | null;
  contact_id: string | null;
  contact_name: string | null;
  contact_email: string | null;
  device_id: string | null;
  device_name: string | null;
  category: Ticket['category'] | null;
  created_at: string;
  /**
   * Whether the delivery stated createdAt. Not a column: when false, created_at above is only a
   * guess (updatedAt or the time received) that may start a new ticket but must not move a stored one.
   */
  created_at_stated: boolean;
  updated_at: string | null;
  closed_at: string | null;
  hours_spent: number | null;
  raw: unknown;
  needs_fetch: unknown;
}

/** A revision that is a counter (ServiceNow's sys_mod_count, a version number); the same pattern in SQL (ticket-store.ts). */
export const NUMBERED_REVISION = /^\d{1,15}(\.\d+)?$/;

/**
 * A delivery's rank among deliveries of the same ticket: its numeric revision when the PSA gives
 * one, else its update time; null when it has neither. Ranks compare only on one scale (see
 * knownOlder): a revision counter and a date say nothing about each other.
 */
export function versionRank(t: Pick<Ticket, 'revision' | 'updatedAt'>): number | null {
  if (t.revision !== undefined && NUMBERED_REVISION.test(t.revision)) return Number(t.revision);
  if (t.updatedAt) return Date.parse(t.updatedAt);
  return null;
}

type Version = Pick<TicketRecord, 'revision' | 'version_rank' | 'updated_at'>;

/**
 * Whether `candidate` is known to be older than `kept`. Two revision counters compare as numbers;
 * otherwise two update times compare as times (an import dated by updatedAt must not outrank
 * every later webhook numbered 7, nor a counter an export row's date); a delivery with neither is
 * of unknown age, older than one that has a rank. The upsert in ticket-store.ts applies the same
 * rule in SQL, where an equal rank is a re-delivery and changes nothing.
 */
export function knownOlder(candidate: Version, kept: Version): boolean {
  const numbered = (v: Version) => v.revision !== null && NUMBERED_REVISION.test(v.revision);
  if (numbered(candidate) && numbered(kept)) return candidate.version_rank! < kept.version_rank!;
  if (candidate.updated_at !== null && kept.updated_at !== null) return Date.parse(candidate.updated_at) < Date.parse(kept.updated_at);
  return kept.version_rank !== null && candidate.version_rank === null;
}

const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/**
 * Creation and close times as stored, never closed before created (resolution times would go
 * negative). Stated times are taken as they are (the schema refuses a stated pair out of order);
 * a guessed creation time (updatedAt, else the time received) is no later than the stated close,
 * and a close time guessed from updatedAt is no earlier than the creation time.
 */
export function ticketTimes(t: Pick<Ticket, 'createdAt' | 'updatedAt' | 'closedAt' | 'status'>, now: Date): { created_at: string; closed_at: string | null } {
  const guessedCreation = t.updatedAt ?? now.toISOString();
  const created = t.createdAt ?? (t.closedAt ? earlier(guessedCreation, t.closedAt) : guessedCreation);
  const closed = t.closedAt ?? (t.status === 'closed' || t.status === 'resolved' ? (t.updatedAt ? later(t.updatedAt, created) : null) : null);
  return { created_at: created, closed_at: closed };
}

export function toRecord(id: string, t: Ticket, raw: unknown, now: Date, needsFetch: unknown = null): TicketRecord {
  return {
    id,
    source: t.source,
    external_id: t.externalId,
    revision: t.revision ?? t.updatedAt ?? null,
    version_rank: versionRank(t),
    content_hash: createHash('sha256').update(JSON.stringify(t)).digest('base64url'),
    title: t.title,
    description: t.description ?? null,
    notes: t.notes ?? null,
    resolution: t.resolution ?? null,
    status: t.status,
    status_name: t.statusName ?? null,
    priority: t.priority ?? null,
    client_id: t.client?.id ?? null,
    client_name: t.client?.name ?? null,
    contact_id: t.contact?.id ?? null,
    contact_name: t.contact?.name ?? null,
    contact_email: t.contact?.email ?? null,
    device_id: t.device?.id ?? null,
    device_name: t.device?.name ?? null,
    category: t.category ?? null,
    ...ticketTimes(t, now),
    created_at_stated: t.createdAt !== undefined,
    updated_at: t.updatedAt ?? null,
    hours_spent: t.hoursSpent ?? null,
    raw,
    needs_fetch: needsFetch,
  };
}

const iso = (v: unknown): string | undefined => (v == null ? undefined : new Date(v as string).toISOString());
const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** A stored row back to the normalised Ticket shape the API returns. */
export function fromRow(r: Record<string, any>): Ticket & { id: string } {
  const ref = (id: string | null, name: string | null) => (id === null ? undefined : { id, ...(name !== null ? { name } : {}) });
  return {
    id: r.id,
    externalId: r.external_id,
    source: r.source,
    revision: opt(r.revision),
    title: r.title,
    description: opt(r.description),
    notes: opt(r.notes),
    resolution: opt(r.resolution),
    status: r.status,
    statusName: opt(r.status_name),
    priority: opt(r.priority),
    client: ref(r.client_id, r.client_name),
    contact: r.contact_id === null ? undefined : { id: r.contact_id, ...(r.contact_name !== null ? { name: r.contact_name } : {}), ...(r.contact_email !== null ? { email: r.contact_email } : {}) },
    device: ref(r.device_id, r.device_name),
    category: opt(r.category),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    closedAt: iso(r.closed_at),
    hoursSpent: opt(r.hours_spent),
  };
}
