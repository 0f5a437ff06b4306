import pino from 'pino';
import type { Config } from './config.js';
import type { Db } from './db/db.js';
import { buildApp, type App } from './http/app.js';
import { redactPaths } from './http/logger.js';
import type { Analyser } from './pipeline/analyser.js';
import { refreshSuggestions } from './suggestions/refresh-suggestions.js';
import { consolidateAfterBurst, themeJobHandlers } from './themes/jobs.js';
import { createThemeAnalyser } from './themes/theme-analyser.js';
import { processTenant } from './pipeline/process-tenant.js';
import type { JobHandlers } from './queue/jobs.js';
import { startSweeper } from './queue/sweeper.js';
import { createServices, type Services } from './services.js';
import { resumeBackfills } from './sources/backfill.js';
import { sourceJobHandlers } from './sources/jobs.js';

export interface Running {
  services: Services;
  app: App | null;
  /** Stops accepting, drains HTTP, finishes running jobs, closes clients: in that order. */
  stop(): Promise<void>;
}

/**
 * Wires one process for its role: `api` serves HTTP, `worker` runs jobs and the outbox sweeper
 * (and serves only health and metrics), `all` does both (the embedded default). `vendorFetch` is
 * for tests only: it routes PSA API and key requests to local fake servers (see createVendorClients).
 */
export async function startRuntime(config: Config, opts: { db?: Db; queuePrefix?: string; listen?: boolean; analyser?: Analyser; vendorFetch?: typeof fetch; logStream?: pino.DestinationStream } = {}): Promise<Running> {
  const logOptions = { level: config.LOG_LEVEL, redact: { paths: redactPaths, censor: '[redacted]' } };
  const log = opts.logStream ? pino(logOptions, opts.logStream) : pino(logOptions);
  const services = await createServices(config, log, opts);
  const runsJobs = config.ROLE !== 'api';
  let stopSweeper = () => {};

  if (runsJobs) {
    const refreshSoon = (tenantId: string) => services.queue.enqueue('refresh-suggestions', { tenantId }, { delayMs: config.SUGGESTIONS_DEBOUNCE_MS });
    const deps = {
      db: services.db,
      config,
      analyser: opts.analyser ?? createThemeAnalyser(services.themeState, services.embedder),
      metrics: services.metrics,
      onBatch: refreshSoon,
    };
    const handlers: JobHandlers = {
      analyse: async ({ tenantId }) => {
        const processed = await processTenant({ ...deps, enrich: services.enrich }, tenantId);
        // Best effort: the scheduled sweep consolidates the tenant anyway if this fails.
        if (processed) await consolidateAfterBurst(services.db, services.queue, tenantId).catch((err) => log.warn({ tenantId, err: (err as Error).message }, 'could not schedule consolidation after a burst'));
      },
      ...sourceJobHandlers(services),
      ...themeJobHandlers(services.db, services.queue, services.themeState, refreshSoon),
      'refresh-suggestions': async ({ tenantId }) => {
        await refreshSuggestions(services.db, tenantId);
      },
    };
    services.queue.work(handlers);
    await resumeBackfills(services);
    await services.queue.repeat('consolidate-due', {}, config.CONSOLIDATE_INTERVAL_MS);
    stopSweeper = startSweeper(services.db, services.queue, config.SWEEP_INTERVAL_MS, (err) =>
      log.warn({ err: (err as Error).message }, 'outbox sweep failed; retrying next interval'),
    );
  }

  const app = await buildApp(services, { role: config.ROLE, logStream: opts.logStream });
  if (opts.listen !== false) await app.listen({ port: config.PORT, host: config.HOST });

  let stopping: Promise<void> | null = null;
  return {
    services,
    app,
    stop() {
      stopping ??= (async () => {
        stopSweeper();
        await app.close();
        await services.close();
      })();
      return stopping;
    },
  };
}

/** SIGTERM/SIGINT: one graceful shutdown with a hard deadline. */
export function handleSignals(running: Running, timeoutMs: number) {
  const shutdown = (signal: string) => {
    running.services.log.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      running.services.log.error('shutdown deadline passed; exiting');
      process.exit(1);
    }, timeoutMs);
    deadline.unref();
    running.stop().then(
      () => process.exit(0),
      (err) => {
        running.services.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
