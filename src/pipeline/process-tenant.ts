import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { Metrics } from '../observability/metrics.js';
import { PermanentJobError } from '../queue/jobs.js';
import type { Analyser, AnalysisCommit, PendingTicket } from './analyser.js';

/**
 * Completes a ticket whose webhook carried only ids (PSA fetch-back); throws to retry later, or
 * throws PermanentJobError to fail the ticket at once. It may delete the row (a placeholder for a
 * ticket that does not exist); the row is then skipped.
 */
export type Enricher = (tenantId: string, ticketId: string, needsFetch: unknown) => Promise<void>;

export interface ProcessDeps {
  db: Db;
  config: Pick<Config, 'BATCH_SIZE' | 'TICKET_ATTEMPTS' | 'JOB_BACKOFF_MS'>;
  analyser: Analyser;
  metrics: Metrics;
  enrich?: Enricher;
  onBatch?: (tenantId: string, processed: number) => Promise<void>;
}

const pendingSql = `
SELECT id, seq, content_hash, source, title, description, notes, resolution, created_at, client_id, contact_id,
       device_id, theme_id, attempts, needs_fetch
FROM tickets
WHERE tenant_id = $1 AND processing_state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= now())
  AND (needs_fetch IS NULL OR $3)
ORDER BY seq
LIMIT $2`;

/** Due pending tickets that still wait for their fetch-back, oldest first. */
const fetchDueSql = `
SELECT id, content_hash, attempts, needs_fetch
FROM tickets
WHERE tenant_id = $1 AND processing_state = 'pending' AND needs_fetch IS NOT NULL
  AND (next_attempt_at IS NULL OR next_attempt_at <= now()) AND NOT (id = ANY($3::text[]))
ORDER BY seq
LIMIT $2`;

/**
 * The analyse job: first completes the tickets that wait for a fetch-back, then, under the
 * tenant's lock, processes its due pending tickets in arrival order, batch by batch, until none
 * are left. Returns how many were processed, or null when another worker holds the tenant (it
 * loops until the outbox is empty, so nothing is left behind).
 *
 * Fetch-backs run outside the lock: a PSA that is slow or unreachable would otherwise hold the
 * tenant for as long as its requests take, and engineers' theme edits, which take the same lock,
 * would wait and then be refused. A fetched ticket is written as a new revision, so a batch that
 * read the older one leaves it pending, as with any update that arrives mid-batch.
 */
export async function processTenant(deps: ProcessDeps, tenantId: string): Promise<number | null> {
  const { db } = deps;
  if (deps.enrich) await fetchBackDue(deps, deps.enrich, tenantId);
  const result = await db.tryWithLock(`tenant:${tenantId}`, async () => {
    let total = 0;
    for (;;) {
      const rows = (await db.query<Record<string, any>>(pendingSql, [tenantId, deps.config.BATCH_SIZE, deps.enrich === undefined])).rows;
      if (rows.length === 0) return total;
      const batch = rows.map(toPending);
      let commit: AnalysisCommit | null = null;
      try {
        if (batch.length > 0) commit = await deps.analyser.analyse(tenantId, batch, db);
      } catch (err) {
        deps.analyser.forget(tenantId);
        throw err;
      }
      await db
        .transaction(async (tx) => {
          if (commit) await commit(tx);
          // Only rows still at the revision we read: a newer one stays pending for the next batch.
          await tx.query(
            `UPDATE tickets t SET processing_state = 'processed', processed_at = now(), processing_error = NULL,
               next_attempt_at = NULL, process_count = t.process_count + 1
             FROM jsonb_to_recordset($1::jsonb) AS r(id text, content_hash text)
             WHERE t.id = r.id AND t.content_hash = r.content_hash AND t.processing_state = 'pending'`,
            [JSON.stringify(batch.map((t) => ({ id: t.id, content_hash: t.contentHash })))],
          );
        })
        .catch((err) => {
          deps.analyser.forget(tenantId);
          throw err;
        });
      for (const t of batch) deps.metrics.ticketsProcessed.inc({ source: t.source });
      total += batch.length;
      await deps.onBatch?.(tenantId, batch.length);
    }
  });
  return result.acquired ? result.value : null;
}

/**
 * Fetches back every due ticket that waits for it, a batch at a time, each once per job: a
 * failed fetch is recorded on the ticket (retried later with back-off, or failed), and one whose
 * delivery changed meanwhile waits for the next job, so the loop always ends.
 */
async function fetchBackDue(deps: ProcessDeps, enrich: Enricher, tenantId: string): Promise<void> {
  const tried: string[] = [];
  for (;;) {
    const rows = (await deps.db.query<Record<string, any>>(fetchDueSql, [tenantId, deps.config.BATCH_SIZE, tried])).rows;
    if (rows.length === 0) return;
    for (const row of rows) {
      tried.push(row.id);
      try {
        await enrich(tenantId, row.id, row.needs_fetch);
      } catch (error) {
        await recordTicketFailure(deps, deps.db, row, error);
      }
    }
  }
}

/** Per-ticket retries with exponential back-off; after the last attempt the ticket is failed. */
async function recordTicketFailure(deps: ProcessDeps, tx: { query: Db['query'] }, row: Record<string, any>, error: unknown) {
  const attempts = (row.attempts as number) + 1;
  const message = String((error as Error)?.message ?? error).slice(0, 1000);
  const final = attempts >= deps.config.TICKET_ATTEMPTS || error instanceof PermanentJobError;
  const delayMs = deps.config.JOB_BACKOFF_MS * 2 ** (attempts - 1);
  await tx.query(
    `UPDATE tickets SET attempts = $2, processing_error = $3, processing_state = $4,
       next_attempt_at = CASE WHEN $4 = 'pending' THEN now() + ($5 || ' milliseconds')::interval ELSE NULL END
     WHERE id = $1 AND content_hash = $6`,
    [row.id, attempts, message, final ? 'failed' : 'pending', String(delayMs), row.content_hash],
  );
  if (final) deps.metrics.ticketsFailed.inc();
}

function toPending(r: Record<string, any>): PendingTicket {
  return {
    id: r.id,
    seq: Number(r.seq),
    contentHash: r.content_hash,
    source: r.source,
    title: r.title,
    description: r.description,
    notes: r.notes,
    resolution: r.resolution,
    createdAt: new Date(r.created_at),
    clientId: r.client_id,
    contactId: r.contact_id,
    deviceId: r.device_id,
    themeId: r.theme_id ?? null,
    attempts: r.attempts,
  };
}
