import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { createBullmqQueue } from './bullmq-queue.js';
import { createEmbeddedQueue } from './embedded-queue.js';
import type { JobQueue } from './jobs.js';

/** BullMQ when REDIS_URL is set, otherwise the in-process driver over the database outbox. */
export function openQueue(config: Config, db: Db, prefix = config.QUEUE_PREFIX): JobQueue {
  const policy = { attempts: config.JOB_ATTEMPTS, backoffMs: config.JOB_BACKOFF_MS };
  if (config.REDIS_URL) return createBullmqQueue({ url: config.REDIS_URL, policy, concurrency: config.WORKER_CONCURRENCY, prefix, lockDurationMs: config.JOB_LOCK_MS });
  return createEmbeddedQueue(db, policy, config.WORKER_CONCURRENCY);
}
