import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Queryable } from '../db/db.js';
import type { JobQueue } from '../queue/jobs.js';
import { registerDbGauges } from './db-gauges.js';

/**
 * Prometheus metrics, one registry per process (tests build many apps). Labels stay bounded:
 * route templates, source kinds and job names, never ticket or theme ids; tenants only for the
 * top N by volume (the database gauges, when a database is given).
 */
export function createMetrics(queue: JobQueue, fromDb?: { db: Queryable; topN: number }) {
  const registry = new Registry();
  const httpDuration = new Histogram({
    name: 'recurrence_http_request_duration_seconds',
    help: 'HTTP request duration by route template, method and status class',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const ticketsIngested = new Counter({
    name: 'recurrence_tickets_ingested_total',
    help: 'Tickets accepted (created or updated) by source',
    labelNames: ['source'] as const,
    registers: [registry],
  });
  const ticketsProcessed = new Counter({
    name: 'recurrence_tickets_processed_total',
    help: 'Tickets analysed by this process, by source',
    labelNames: ['source'] as const,
    registers: [registry],
  });
  const ticketsFailed = new Counter({
    name: 'recurrence_tickets_failed_total',
    help: 'Tickets that failed processing for good (after all attempts)',
    registers: [registry],
  });
  new Gauge({
    name: 'recurrence_queue_jobs',
    help: 'Jobs in the queue by state; state="failed" is the dead-letter set',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      try {
        const c = await queue.counts();
        for (const [state, n] of Object.entries(c)) this.set({ state }, n);
      } catch {
        // Redis down: leave the last values; /health/ready reports the outage.
      }
    },
  });
  if (fromDb) registerDbGauges(registry, fromDb.db, fromDb.topN);
  return { registry, httpDuration, ticketsIngested, ticketsProcessed, ticketsFailed };
}

export type Metrics = ReturnType<typeof createMetrics>;
