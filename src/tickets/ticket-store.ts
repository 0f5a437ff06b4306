import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/db.js';
import type { Ticket } from './ticket-schema.js';
import { makeStorable } from '../text/storable-text.js';
import { fromRow, knownOlder, NUMBERED_REVISION, toRecord, type TicketRecord } from './ticket-row.js';

export type ProcessingState = 'pending' | 'processed' | 'failed';
export interface StoredRef {
  id: string;
  externalId: string;
  source: string;
  state: ProcessingState;
  /**
   * created: new; updated: a newer revision replaced the stored one; unchanged: a re-delivery, an
   * older revision, or one without revision or updatedAt while the stored ticket has one.
   */
  outcome: 'created' | 'updated' | 'unchanged';
}
type StateRow = { id: string; source: string; external_id: string; processing_state: ProcessingState };
export interface IncomingTicket {
  ticket: Ticket;
  raw: unknown;
  needsFetch?: unknown;
}

const columns = `id text, source text, external_id text, revision text, version_rank double precision, content_hash text,
  title text, description text, notes jsonb, resolution text, status text, status_name text, priority text,
  client_id text, client_name text, contact_id text, contact_name text, contact_email text, device_id text,
  device_name text, category jsonb, created_at timestamptz, updated_at timestamptz, closed_at timestamptz,
  hours_spent double precision, raw jsonb, needs_fetch jsonb`;
const updatable = columns
  .split(',')
  .map((c) => c.trim().split(' ')[0])
  .filter((c) => c !== 'id' && c !== 'source' && c !== 'external_id' && c !== 'created_at');

// One statement for the whole batch: every row is written, or none is.
const upsertSql = `
INSERT INTO tickets (tenant_id, ${columns.split(',').map((c) => c.trim().split(' ')[0]).join(', ')})
SELECT $1, r.* FROM jsonb_to_recordset($2::jsonb) AS r(${columns})
ON CONFLICT (tenant_id, source, external_id) DO UPDATE SET
  ${updatable.map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
  -- $3: the proposed ids of records that did not state createdAt. Their created_at is a guess
  -- (updatedAt or now) and must not move the stored creation time, which series and windows use,
  -- except back to a close time before it: a ticket is never closed before it was created.
  created_at = CASE WHEN EXCLUDED.id = ANY($3::text[])
    THEN LEAST(tickets.created_at, COALESCE(EXCLUDED.closed_at, tickets.created_at)) ELSE EXCLUDED.created_at END,
  processing_state = 'pending', processing_error = NULL, attempts = 0, next_attempt_at = NULL, received_at = now()
WHERE CASE
  -- As knownOlder in ticket-row.ts: two revision counters compare as numbers, else two update
  -- times as times (a counter and a date are not one scale); a delivery with neither is of
  -- unknown age (a late retry, an old export row), so it cannot replace a row that has a rank.
  WHEN tickets.revision ~ '${NUMBERED_REVISION.source}' AND EXCLUDED.revision ~ '${NUMBERED_REVISION.source}'
    THEN EXCLUDED.version_rank > tickets.version_rank
  WHEN tickets.updated_at IS NOT NULL AND EXCLUDED.updated_at IS NOT NULL THEN EXCLUDED.updated_at > tickets.updated_at
  WHEN tickets.version_rank IS NOT NULL AND EXCLUDED.version_rank IS NULL THEN false
  -- No rank stored, or ranks on different scales: changed content is newer, except under the
  -- same revision label (a re-delivery of that revision, perhaps mapped from another payload).
  ELSE tickets.content_hash <> EXCLUDED.content_hash
    AND (EXCLUDED.revision IS NULL OR tickets.revision IS DISTINCT FROM EXCLUDED.revision)
END
RETURNING id, source, external_id, (xmax = 0) AS inserted`;

export function createTicketStore(db: Db) {
  return {
    /**
     * Stores a batch atomically and returns every ticket's id. Re-deliveries of a stored revision
     * change nothing; newer revisions replace the row and make it pending again.
     */
    async ingest(tenantId: string, given: IncomingTicket[], tx: Queryable = db): Promise<StoredRef[]> {
      const now = new Date();
      // PSA exports and APIs can carry text PostgreSQL refuses (a NUL, half an emoji): repaired
      // here rather than failing the whole batch (the API refuses such text before this point).
      const incoming = given.map((i) => ({ ...i, ticket: makeStorable(i.ticket), raw: makeStorable(i.raw) }));
      // The same ticket twice in one batch (ON CONFLICT cannot touch a row twice): keep the newer
      // by rank, as the store would across batches, else the later one.
      const byKey = new Map<string, TicketRecord>();
      for (const { ticket, raw, needsFetch } of incoming) {
        const key = `${ticket.source}\u0000${ticket.externalId}`;
        const record = toRecord(randomUUID(), ticket, raw, now, needsFetch ?? null);
        const kept = byKey.get(key);
        if (kept && knownOlder(record, kept)) continue;
        byKey.set(key, record);
      }
      const records = [...byKey.values()];
      const written = await tx.query<{ id: string; source: string; external_id: string; inserted: boolean }>(upsertSql, [
        tenantId,
        JSON.stringify(records),
        records.filter((r) => !r.created_at_stated).map((r) => r.id),
      ]);
      const outcome = new Map<string, StoredRef['outcome']>(written.rows.map((r) => [`${r.source}\u0000${r.external_id}`, r.inserted ? 'created' : 'updated']));
      const missing = records.filter((r) => !outcome.has(`${r.source}\u0000${r.external_id}`));
      // Only re-deliveries (unchanged rows) need a second look: written rows came back already.
      // ANY over the unique index (tenant, source, external id): a join against the batch would
      // make the planner scan the tenant's whole history on every request.
      const current = missing.length === 0 ? { rows: [] as StateRow[] } : await tx.query<StateRow>(
        `SELECT id, source, external_id, processing_state FROM tickets
         WHERE tenant_id = $1 AND source = ANY($2::text[]) AND external_id = ANY($3::text[])`,
        [tenantId, [...new Set(missing.map((r) => r.source))], missing.map((r) => r.external_id)],
      );
      const byStoredKey = new Map<string, StateRow>(current.rows.map((r) => [`${r.source}\u0000${r.external_id}`, r]));
      for (const r of written.rows) byStoredKey.set(`${r.source}\u0000${r.external_id}`, { ...r, processing_state: 'pending' });
      return incoming.map(({ ticket }) => {
        const key = `${ticket.source}\u0000${ticket.externalId}`;
        const row = byStoredKey.get(key)!;
        return { id: row.id, externalId: row.external_id, source: row.source, state: row.processing_state, outcome: outcome.get(key) ?? 'unchanged' };
      });
    },

    async get(tenantId: string, id: string) {
      const r = await db.query<Record<string, any>>('SELECT * FROM tickets WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
      const row = r.rows[0];
      if (!row) return null;
      return {
        ...fromRow(row),
        processing: { state: row.processing_state as ProcessingState, error: row.processing_error as string | null, attempts: row.attempts as number },
        themeId: (row.theme_id as string | null | undefined) ?? null,
      };
    },
  };
}

export type TicketStore = ReturnType<typeof createTicketStore>;
