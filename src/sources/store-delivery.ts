import { createHash, randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/db.js';
import type { FetchBackRef, ReceivedDelivery, SourceKind } from '../ingest/index.js';
import { ticketSchema } from '../tickets/ticket-schema.js';
import type { StoredRef, TicketStore } from '../tickets/ticket-store.js';

/** Deliveries are remembered this long for de-duplication; vendors stop retrying well before. */
export const DELIVERY_TTL_DAYS = 7;

/** What a fetch-back row carries in needs_fetch: which source to ask, and for what. */
export interface NeedsFetch {
  sourceId: string;
  ref: FetchBackRef;
}

export interface DeliveryOutcome {
  duplicate: boolean;
  tickets: StoredRef[];
  fetchBack: number;
  deleted: number;
}

/**
 * Stores one verified delivery in one transaction: the delivery id (a replay finds it and stores
 * nothing), full tickets through the idempotent ticket store, fetch-back marks, and deletions.
 * A vendor without delivery ids is de-duplicated by a hash of the exact body.
 */
export async function storeDelivery(
  db: Db,
  tickets: TicketStore,
  source: { id: string; tenantId: string; kind: SourceKind },
  delivery: ReceivedDelivery,
  rawBody: Buffer,
  raw: unknown,
): Promise<DeliveryOutcome> {
  const deliveryId = delivery.deliveryId ?? `sha256:${createHash('sha256').update(rawBody).digest('base64url')}`;
  return db.transaction(async (tx) => {
    await tx.query(`DELETE FROM webhook_deliveries WHERE source_id = $1 AND received_at < now() - interval '${DELIVERY_TTL_DAYS} days'`, [source.id]);
    const fresh = await tx.query('INSERT INTO webhook_deliveries (source_id, delivery_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [source.id, deliveryId.slice(0, 300)]);
    if (fresh.rowCount === 0) return { duplicate: true, tickets: [], fetchBack: 0, deleted: 0 };
    const stored = delivery.tickets.length > 0 ? await tickets.ingest(source.tenantId, delivery.tickets.map((t) => ({ ticket: ticketSchema.parse(t), raw })), tx) : [];
    // Configuration refs resolve to no ticket (device renames are not tracked): nothing to fetch.
    const refs = delivery.fetchBack.filter((r) => r.entity !== 'configuration');
    for (const ref of refs) await markForFetch(tx, source, ref, raw);
    const deleted = delivery.deleted.length > 0 ? await markDeleted(tx, source, delivery.deleted) : 0;
    return { duplicate: false, tickets: stored, fetchBack: refs.length, deleted };
  });
}

/** The external id a ref's row is stored under: the ticket's, or the note's until the worker learns it. */
export function placeholderExternalId(ref: FetchBackRef): string {
  if (ref.entity === 'note') return ref.ticketExternalId ?? `note:${ref.externalId}`;
  return ref.externalId;
}

/**
 * A stored ticket is marked for fetch-back and made pending; an unknown one gets a placeholder row
 * (title only, never analysed as is) that the worker replaces with the fetched ticket. Marking,
 * not upserting, so a placeholder can never overwrite a ticket already stored in full.
 */
async function markForFetch(tx: Queryable, source: { id: string; tenantId: string; kind: SourceKind }, ref: FetchBackRef, raw: unknown) {
  const externalId = placeholderExternalId(ref);
  const needsFetch: NeedsFetch = { sourceId: source.id, ref };
  await tx.query(
    `INSERT INTO tickets (id, tenant_id, source, external_id, content_hash, title, status, created_at, raw, needs_fetch)
     VALUES ($1, $2, $3, $4, 'placeholder', $5, 'open', now(), $6::jsonb, $7::jsonb)
     ON CONFLICT (tenant_id, source, external_id) DO UPDATE SET
       needs_fetch = EXCLUDED.needs_fetch, processing_state = 'pending', processing_error = NULL, attempts = 0,
       next_attempt_at = NULL, received_at = now()`,
    [randomUUID(), source.tenantId, source.kind, externalId, `${source.kind} ${ref.entity} ${ref.externalId} (awaiting fetch)`, JSON.stringify({ placeholder: true, delivery: raw }), JSON.stringify(needsFetch)],
  );
}

/** A ticket deleted in the PSA is kept (its history still counts) and marked closed. */
async function markDeleted(tx: Queryable, source: { tenantId: string; kind: SourceKind }, externalIds: string[]): Promise<number> {
  const r = await tx.query(
    `UPDATE tickets SET status = 'closed', status_name = 'Deleted in PSA', closed_at = COALESCE(closed_at, now()), updated_at = now()
     WHERE tenant_id = $1 AND source = $2 AND external_id IN (SELECT jsonb_array_elements_text($3::jsonb))`,
    [source.tenantId, source.kind, JSON.stringify(externalIds)],
  );
  return r.rowCount;
}
