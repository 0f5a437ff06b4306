import type { SourceKind } from '../ingest/index.js';
import type { Services } from '../services.js';
import { ticketSchema } from '../tickets/ticket-schema.js';
import type { IncomingTicket } from '../tickets/ticket-store.js';
import { isPermanent } from './enricher.js';

/** Kinds with a vendor API client (the others' webhooks carry whole tickets and have none). */
export const kindsWithApi = new Set<SourceKind>(['connectwise', 'autotask', 'halopsa', 'zendesk', 'jira']);

export type BackfillState = 'queued' | 'running' | 'done' | 'failed';

export interface BackfillView {
  state: BackfillState;
  since: string;
  pages: number;
  tickets: number;
  skipped: number;
  cursor: string | null;
  error: string | null;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

type Row = Record<string, any>;
const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

function view(r: Row): BackfillView {
  return {
    state: r.state,
    since: iso(r.since)!,
    pages: r.pages,
    tickets: r.tickets,
    skipped: r.skipped,
    cursor: r.cursor,
    error: r.error,
    requestedAt: iso(r.requested_at)!,
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
  };
}

export class BackfillConflictError extends Error {}

export async function backfillProgress(services: Services, tenantId: string, sourceId: string): Promise<BackfillView | null> {
  const r = await services.db.query<Row>('SELECT * FROM backfills WHERE source_id = $1 AND tenant_id = $2', [sourceId, tenantId]);
  return r.rows[0] ? view(r.rows[0]) : null;
}

/**
 * Records a backfill request. The same `since` as an unfinished (or failed) one resumes it from
 * its stored cursor; a finished one, or another `since` when none is in progress, starts afresh.
 * Another `since` while one is queued or running is a conflict.
 */
export async function requestBackfill(services: Services, tenantId: string, sourceId: string, since: Date): Promise<BackfillView> {
  return services.db.transaction(async (tx) => {
    const current = (await tx.query<Row>('SELECT * FROM backfills WHERE source_id = $1 FOR UPDATE', [sourceId])).rows[0];
    const sameSince = current && new Date(current.since).getTime() === since.getTime();
    if (current && current.state !== 'done' && sameSince) {
      const r = await tx.query<Row>(`UPDATE backfills SET state = CASE WHEN state = 'failed' THEN 'queued' ELSE state END, error = NULL WHERE source_id = $1 RETURNING *`, [sourceId]);
      return view(r.rows[0]!);
    }
    if (current && (current.state === 'queued' || current.state === 'running')) {
      throw new BackfillConflictError(`a backfill since ${iso(current.since)} is in progress; wait for it or request the same date to resume it`);
    }
    const r = await tx.query<Row>(
      `INSERT INTO backfills (source_id, tenant_id, since, state) VALUES ($1, $2, $3, 'queued')
       ON CONFLICT (source_id) DO UPDATE SET since = EXCLUDED.since, state = 'queued', pages = 0, tickets = 0, skipped = 0,
         cursor = NULL, error = NULL, requested_at = now(), started_at = NULL, finished_at = NULL
       RETURNING *`,
      [sourceId, tenantId, since.toISOString()],
    );
    return view(r.rows[0]!);
  });
}

/**
 * The backfill job: pages through the vendor API from the stored cursor. Each page's tickets and
 * the next cursor are committed in one transaction, so a crash resumes at the first page not yet
 * stored (and the idempotent store makes a repeated page harmless). When done, it enqueues
 * consolidation. One runner per source at a time (a lock across processes).
 */
export async function runBackfill(services: Services, tenantId: string, sourceId: string, onPage?: (progress: BackfillView) => void): Promise<BackfillView | null> {
  const { db } = services;
  const result = await db.tryWithLock(`backfill:${sourceId}`, async () => {
    let row = (await db.query<Row>('SELECT * FROM backfills WHERE source_id = $1 AND tenant_id = $2', [sourceId, tenantId])).rows[0];
    if (!row || row.state === 'done') return row ? view(row) : null;
    const fail = async (message: string) => db.query(`UPDATE backfills SET state = 'failed', error = $2 WHERE source_id = $1`, [sourceId, message.slice(0, 1000)]);
    const source = await services.sources.credentials(tenantId, sourceId);
    const client = source && services.clientFor(source);
    if (!client) {
      await fail('this source kind has no API to backfill from (its webhooks carry whole tickets)');
      return null;
    }
    row = (await db.query<Row>(`UPDATE backfills SET state = 'running', error = NULL, started_at = COALESCE(started_at, now()) WHERE source_id = $1 RETURNING *`, [sourceId])).rows[0]!;
    for (;;) {
      let page;
      try {
        page = await client.backfillPage(new Date(row.since), row.cursor);
      } catch (err) {
        await fail((err as Error).message);
        // Permanent (bad credentials, bad config): the state says why; POST again once fixed.
        // Anything else: the queue retries, and the retry resumes from the stored cursor.
        if (isPermanent(err)) return null;
        throw err;
      }
      const incoming: IncomingTicket[] = [];
      let invalid = 0;
      for (const t of page.tickets) {
        const parsed = ticketSchema.safeParse(t);
        if (parsed.success) incoming.push({ ticket: parsed.data, raw: t });
        else invalid++;
      }
      const step = await db.transaction(async (tx) => {
        const stored = incoming.length > 0 ? await services.tickets.ingest(tenantId, incoming, tx) : [];
        const next = await tx.query<Row>(
          `UPDATE backfills SET cursor = $2, pages = pages + 1, tickets = tickets + $3, skipped = skipped + $4,
             state = CASE WHEN $2::text IS NULL THEN 'done' ELSE 'running' END,
             finished_at = CASE WHEN $2::text IS NULL THEN now() ELSE NULL END
           WHERE source_id = $1 AND state = 'running' RETURNING *`,
          [sourceId, page.next, incoming.length, (page.skipped?.length ?? 0) + invalid],
        );
        return { changed: stored.some((s) => s.outcome !== 'unchanged'), row: next.rows[0] };
      });
      if (step.changed) await services.notify(tenantId);
      // Restarted with another date, or the source was deleted, while this page was in flight.
      if (!step.row) return null;
      row = step.row;
      onPage?.(view(row));
      if (row.state === 'done') {
        await services.queue.enqueue('consolidate', { tenantId });
        return view(row);
      }
    }
  });
  return result.acquired ? result.value : null;
}

/** After a restart (the embedded queue keeps jobs in memory), unfinished backfills continue. */
export async function resumeBackfills(services: Services): Promise<void> {
  const r = await services.db.query<{ tenant_id: string; source_id: string }>(`SELECT tenant_id, source_id FROM backfills WHERE state IN ('queued', 'running')`);
  for (const b of r.rows) await services.queue.enqueue('backfill', { tenantId: b.tenant_id, sourceId: b.source_id });
}
