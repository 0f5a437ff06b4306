import type { Db } from '../db/db.js';
import { jobId, jobSchemas, PermanentJobError, retryDelay, type FailedJob, type JobData, type JobHandlers, type JobName, type JobQueue, type RetryPolicy } from './jobs.js';

interface Entry {
  id: string;
  name: JobName;
  data: Record<string, unknown>;
  attemptsMade: number;
  runAt: number;
  active: boolean;
  /** Enqueued again while running: run once more afterwards, so no wake-up is lost. */
  again: boolean;
}

/**
 * The in-process driver: same job ids, retries and dead letters as BullMQ, with the outbox in the
 * database as the durable part. Jobs live in memory; after a restart the sweeper re-enqueues the
 * work that the pending tickets still describe. Dead letters are kept in the failed_jobs table.
 */
export function createEmbeddedQueue(db: Db, policy: RetryPolicy, concurrency: number): JobQueue {
  const entries = new Map<string, Entry>();
  const timers = new Set<NodeJS.Timeout>();
  let handlers: JobHandlers | null = null;
  let running = 0;
  let closing = false;
  const idle: Array<() => void> = [];

  function schedule(delayMs: number) {
    const t = setTimeout(() => {
      timers.delete(t);
      wakeAt = Infinity;
      pump();
    }, delayMs);
    timers.add(t);
  }

  /** When the next wake-up timer fires (Infinity: none set). One timer covers every delayed job. */
  let wakeAt = Infinity;

  function pump() {
    if (!handlers || closing) return;
    const now = Date.now();
    let nextDue = Infinity;
    for (const e of entries.values()) {
      if (e.active) continue;
      if (e.runAt > now) { nextDue = Math.min(nextDue, e.runAt); continue; }
      if (running >= concurrency) return; // a finishing job pumps again
      void run(e);
    }
    // A timer can fire a millisecond before Date.now() reaches runAt; every pass that leaves a job
    // waiting therefore arms a wake-up for it, so no delayed job depends on one exact timer.
    if (nextDue < wakeAt) {
      wakeAt = nextDue;
      schedule(Math.max(1, nextDue - now));
    }
  }

  async function run(e: Entry) {
    e.active = true;
    running++;
    try {
      const data = jobSchemas[e.name].parse(e.data);
      await (handlers![e.name] as (d: unknown) => Promise<void>)(data);
      entries.delete(e.id);
      if (e.again) add(e.name, e.data, 0);
    } catch (err) {
      e.attemptsMade++;
      const permanent = err instanceof PermanentJobError || (err as Error)?.name === 'ZodError';
      if (permanent || e.attemptsMade >= policy.attempts) {
        entries.delete(e.id);
        await recordFailure(e, err).catch(() => {});
      } else {
        e.active = false;
        e.runAt = Date.now() + retryDelay(policy, e.attemptsMade); // the pump below arms its wake-up
      }
    } finally {
      e.active = false;
      running--;
      if (running === 0) idle.splice(0).forEach((resolve) => resolve());
      pump();
    }
  }

  async function recordFailure(e: Entry, err: unknown) {
    await db.query(
      `INSERT INTO failed_jobs (id, name, tenant_id, data, error, attempts) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET error = EXCLUDED.error, attempts = EXCLUDED.attempts, failed_at = now()`,
      [e.id, e.name, (e.data.tenantId as string) ?? null, JSON.stringify(e.data), String((err as Error)?.message ?? err), e.attemptsMade],
    );
  }

  function add(name: JobName, data: Record<string, unknown>, delayMs: number) {
    const id = jobId(name, data as never);
    const existing = entries.get(id);
    if (existing) {
      if (existing.active) existing.again = true;
      return;
    }
    entries.set(id, { id, name, data, attemptsMade: 0, runAt: Date.now() + delayMs, active: false, again: false });
    queueMicrotask(pump); // runs it now, or arms the wake-up for its time
  }

  return {
    kind: 'embedded',
    async enqueue<N extends JobName>(name: N, data: JobData<N>, opts: { delayMs?: number } = {}) {
      if (closing) return;
      const id = jobId(name, data);
      // As with BullMQ, a job in the dead-letter set holds its id until someone retries it.
      const dead = await db.query('SELECT 1 FROM failed_jobs WHERE id = $1', [id]);
      if (dead.rowCount > 0) return;
      add(name, data as Record<string, unknown>, opts.delayMs ?? 0);
    },
    work(h) {
      handlers = h;
      pump();
    },
    async repeat(name, data, everyMs) {
      const t = setInterval(() => void this.enqueue(name, data), everyMs);
      t.unref();
      timers.add(t as unknown as NodeJS.Timeout);
    },
    async failed(tenantId) {
      const r = await db.query<Record<string, any>>('SELECT * FROM failed_jobs WHERE tenant_id = $1 ORDER BY failed_at DESC', [tenantId]);
      return r.rows.map(
        (row): FailedJob => ({ id: row.id, name: row.name, tenantId: row.tenant_id, data: row.data, error: row.error, attempts: row.attempts, failedAt: new Date(row.failed_at).toISOString() }),
      );
    },
    async retry(tenantId, id) {
      const r = await db.query<{ name: JobName; data: Record<string, unknown> }>(
        'DELETE FROM failed_jobs WHERE id = $1 AND tenant_id = $2 RETURNING name, data',
        [id, tenantId],
      );
      const row = r.rows[0];
      if (!row) return false;
      add(row.name, row.data, 0);
      return true;
    },
    async counts() {
      let waiting = 0;
      let delayed = 0;
      let active = 0;
      const now = Date.now();
      for (const e of entries.values()) {
        if (e.active) active++;
        else if (e.runAt > now) delayed++;
        else waiting++;
      }
      const failed = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM failed_jobs');
      return { waiting, active, delayed, failed: failed.rows[0].n };
    },
    async ping() {},
    async close() {
      closing = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      if (running > 0) await new Promise<void>((resolve) => idle.push(resolve));
    },
  };
}
