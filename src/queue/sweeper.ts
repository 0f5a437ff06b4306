import type { Db } from '../db/db.js';
import type { JobQueue } from './jobs.js';

/**
 * The outbox is the source of truth: every tenant with pending tickets that are due gets an
 * analyse job. This is what makes "nothing accepted is ever lost" hold when the enqueue after
 * ingest failed (Redis down), when a job was deduplicated away, or after a restart.
 */
export async function sweepPending(db: Db, queue: JobQueue): Promise<number> {
  const r = await db.query<{ tenant_id: string }>(
    `SELECT DISTINCT tenant_id FROM tickets
     WHERE processing_state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= now())`,
  );
  for (const { tenant_id } of r.rows) await queue.enqueue('analyse', { tenantId: tenant_id });
  return r.rows.length;
}

export function startSweeper(db: Db, queue: JobQueue, everyMs: number, onError: (err: unknown) => void): () => void {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await sweepPending(db, queue);
    } catch (err) {
      onError(err);
    } finally {
      busy = false;
    }
  };
  void tick();
  const timer = setInterval(tick, everyMs);
  return () => clearInterval(timer);
}
