import { z } from 'zod';

/** Every job the service runs, with its payload schema. Processors re-validate payloads. */
export const jobSchemas = {
  /** Process the tenant's pending tickets (the outbox), in order, in batches. */
  analyse: z.object({ tenantId: z.string().min(1) }),
  /** Merge, split and relabel the tenant's themes. */
  consolidate: z.object({ tenantId: z.string().min(1) }),
  /** Scheduled: consolidate every tenant whose themes changed since the last run. */
  'consolidate-due': z.object({}),
  /** Page through a PSA source's history from its stored cursor (resumable). */
  backfill: z.object({ tenantId: z.string().min(1), sourceId: z.string().min(1) }),
  /** Recompute the tenant's standards suggestions (debounced: enqueued with a delay, deduplicated). */
  'refresh-suggestions': z.object({ tenantId: z.string().min(1) }),
} as const;

export type JobName = keyof typeof jobSchemas;
export type JobData<N extends JobName> = z.infer<(typeof jobSchemas)[N]>;
export type JobHandlers = { [N in JobName]: (data: JobData<N>) => Promise<void> };

/**
 * Deterministic ids: one waiting job per kind of work and tenant (or source), so a burst of
 * enqueues collapses into one job. BullMQ forbids ':' in custom ids, hence '-'.
 */
export function jobId<N extends JobName>(name: N, data: JobData<N>): string {
  const d = data as Record<string, string>;
  return [name, d.tenantId, d.sourceId].filter(Boolean).join('-');
}

/** A failure that retrying cannot fix: goes straight to the failed set. */
export class PermanentJobError extends Error {}

export interface FailedJob {
  id: string;
  name: string;
  tenantId: string | null;
  data: unknown;
  error: string;
  attempts: number;
  failedAt: string;
}

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

export interface JobQueue {
  readonly kind: 'embedded' | 'bullmq';
  enqueue<N extends JobName>(name: N, data: JobData<N>, opts?: { delayMs?: number }): Promise<void>;
  /** Starts processing in this process. */
  work(handlers: JobHandlers): void;
  /** Runs a job every `everyMs` (a BullMQ job scheduler, or a timer when embedded). */
  repeat<N extends JobName>(name: N, data: JobData<N>, everyMs: number): Promise<void>;
  failed(tenantId: string): Promise<FailedJob[]>;
  /** Moves a failed job back to waiting; false when the tenant has no such failed job. */
  retry(tenantId: string, id: string): Promise<boolean>;
  counts(): Promise<QueueCounts>;
  ping(): Promise<void>;
  /** Stops taking jobs, waits for running ones, closes connections. */
  close(): Promise<void>;
}

export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

/** Exponential back-off, the same in both drivers: backoff, 2x, 4x, ... */
export function retryDelay(policy: RetryPolicy, attemptsMade: number): number {
  return policy.backoffMs * 2 ** Math.max(0, attemptsMade - 1);
}
