import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { jobId, jobSchemas, PermanentJobError, type FailedJob, type JobHandlers, type JobName, type JobQueue, type RetryPolicy } from './jobs.js';

const QUEUE = 'recurrence';

export interface BullmqOptions {
  url: string;
  policy: RetryPolicy;
  concurrency: number;
  /** Queue-name prefix in Redis; tests give each run its own. */
  prefix?: string;
  /** How long a dead worker's job waits before another worker takes it over. */
  lockDurationMs?: number;
}

/**
 * BullMQ on Redis: API processes only enqueue; worker processes (any number) run the jobs.
 * The producer connection fails fast when Redis is down (no offline queue), so ingest never
 * hangs on it: the tickets are already committed and the sweeper enqueues them later.
 */
export function createBullmqQueue(opts: BullmqOptions): JobQueue {
  const prefix = opts.prefix ?? 'recurrence';
  const producer = new Redis(opts.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  producer.on('error', () => {}); // reconnects on its own; callers see the failed command
  const queue = new Queue(QUEUE, { connection: producer, prefix });
  queue.on('error', () => {});
  let worker: Worker | null = null;

  const jobOptions = {
    attempts: opts.policy.attempts,
    backoff: { type: 'exponential' as const, delay: opts.policy.backoffMs },
    removeOnComplete: true,
    removeOnFail: { count: 10_000 },
  };

  // At start-up the first connection may still be in progress: give it a moment, never longer.
  async function ensureReady() {
    if (producer.status === 'ready') return;
    if (producer.status === 'connecting' || producer.status === 'connect') {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          producer.off('ready', done);
          resolve();
        };
        const timer = setTimeout(done, 1000);
        producer.once('ready', done);
      });
    }
    if ((producer.status as string) !== 'ready') throw new Error(`Redis is not reachable (${producer.status})`);
  }

  return {
    kind: 'bullmq',
    async enqueue(name, data, o = {}) {
      await ensureReady();
      await queue.add(name, data, { ...jobOptions, jobId: jobId(name, data), delay: o.delayMs });
    },
    work(handlers: JobHandlers) {
      const connection = new Redis(opts.url, { maxRetriesPerRequest: null });
      connection.on('error', () => {});
      worker = new Worker(
        QUEUE,
        async (job: Job) => {
          const name = job.name as JobName;
          const schema = jobSchemas[name];
          if (!schema) throw new UnrecoverableError(`unknown job ${job.name}`);
          const parsed = schema.safeParse(job.data);
          if (!parsed.success) throw new UnrecoverableError(`invalid payload: ${parsed.error.message}`);
          try {
            await (handlers[name] as (d: unknown) => Promise<void>)(parsed.data);
          } catch (err) {
            if (err instanceof PermanentJobError) throw new UnrecoverableError(err.message);
            throw err;
          }
        },
        {
          connection,
          prefix,
          concurrency: opts.concurrency,
          lockDuration: opts.lockDurationMs ?? 30_000,
          stalledInterval: opts.lockDurationMs ?? 30_000,
        },
      );
      worker.on('error', () => {});
    },
    async repeat(name, data, everyMs) {
      await ensureReady();
      await queue.upsertJobScheduler(`every-${name}`, { every: everyMs }, { name, data, opts: { removeOnComplete: true, removeOnFail: { count: 100 } } });
    },
    async failed(tenantId) {
      await ensureReady();
      const jobs = await queue.getFailed(0, 999);
      return jobs
        .filter((j) => j && (j.data as { tenantId?: string }).tenantId === tenantId)
        .map(
          (j): FailedJob => ({
            id: j.id!,
            name: j.name,
            tenantId,
            data: j.data,
            error: j.failedReason,
            attempts: j.attemptsMade,
            failedAt: new Date(j.finishedOn ?? j.timestamp).toISOString(),
          }),
        );
    },
    async retry(tenantId, id) {
      await ensureReady();
      const job = await queue.getJob(id);
      if (!job || (job.data as { tenantId?: string }).tenantId !== tenantId) return false;
      if (!(await job.isFailed())) return false;
      await job.retry('failed');
      return true;
    },
    async counts() {
      await ensureReady();
      const c = await queue.getJobCounts('wait', 'active', 'delayed', 'failed', 'prioritized');
      return { waiting: (c.wait ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 };
    },
    async ping() {
      await ensureReady();
      await producer.ping();
    },
    async close() {
      if (worker) await worker.close();
      await queue.close();
      producer.disconnect();
    },
  };
}
