import type pino from 'pino';
import type { Config } from './config.js';
import type { Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import { openDb } from './db/open-db.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import type { JobQueue } from './queue/jobs.js';
import { openQueue } from './queue/open-queue.js';
import type { Enricher } from './pipeline/process-tenant.js';
import { createEnricher } from './sources/enricher.js';
import { assertSecretsKeyForSources, secretsKeyProvider } from './sources/secrets-key.js';
import { createSourceStore, type SourceStore } from './sources/source-store.js';
import { createVendorClients, type VendorClientFor } from './sources/vendor-clients.js';
import type { EngineConfig } from './themes/engine/index.js';
import { createThemeActions, type ThemeActions } from './themes/theme-actions.js';
import { createThemeState, type ThemeState } from './themes/theme-state.js';
import { createEmbedder, type Embedder } from './themes/embedder.js';
import { createTenantStore, type TenantStore } from './tenants/tenant-store.js';
import { createGroupCommit } from './tickets/group-commit.js';
import { createTicketStore, type IncomingTicket, type StoredRef, type TicketStore } from './tickets/ticket-store.js';

/** Everything the HTTP app and the worker share, built once per process and passed in. */
export interface Services {
  config: Config;
  db: Db;
  queue: JobQueue;
  tenants: TenantStore;
  tickets: TicketStore;
  /** PSA connections, their encrypted credentials and webhook secrets. */
  sources: SourceStore;
  /** The vendor API client for a source (null for kinds without one). */
  clientFor: VendorClientFor;
  /** fetch for vendor hosts (API clients, ConnectWise signing keys); tests inject a fake. */
  vendorFetch: typeof fetch;
  /** The worker's fetch-back for tickets whose webhook carried only ids. */
  enrich: Enricher;
  metrics: Metrics;
  themeState: ThemeState;
  /** Computes sentence embeddings when THEME_EMBEDDINGS is on; null otherwise. */
  embedder: Embedder | null;
  themeActions: ThemeActions;
  engineConfig: Partial<EngineConfig>;
  log: pino.Logger;
  /** Stores tickets (committed before it resolves), then tells the queue the tenant has work. */
  ingest(tenantId: string, incoming: IncomingTicket[]): Promise<StoredRef[]>;
  /** Tells the queue the tenant has pending tickets (after a commit made elsewhere, e.g. a webhook). */
  notify(tenantId: string): Promise<void>;
  failedTickets(tenantId: string): Promise<Array<{ id: string; externalId: string; source: string; error: string | null; attempts: number }>>;
  retryTicket(tenantId: string, ticketId: string): Promise<boolean>;
  close(): Promise<void>;
}

export async function createServices(config: Config, log: pino.Logger, opts: { db?: Db; queuePrefix?: string; vendorFetch?: typeof fetch } = {}): Promise<Services> {
  const db = opts.db ?? (await openDb(config));
  await migrate(db);
  const queue = openQueue(config, db, opts.queuePrefix);
  const tenants = createTenantStore(db);
  const tickets = createTicketStore(db);
  const groupCommit = createGroupCommit(db, tickets);
  await assertSecretsKeyForSources(db, config);
  const sources = createSourceStore(db, secretsKeyProvider(config, log), config.SECRET_ROTATION_GRACE_MS);
  const vendorFetch = opts.vendorFetch ?? fetch;
  const clientFor = createVendorClients(vendorFetch);
  const metrics = createMetrics(queue, { db, topN: config.METRICS_TOP_N });
  const engineConfig: Partial<EngineConfig> = {
    embeddings: config.THEME_EMBEDDINGS,
    ...(config.THEME_SIMILARITY === undefined ? {} : { similarity: config.THEME_SIMILARITY }),
  };
  const themeState = createThemeState(engineConfig);
  if (config.BOOTSTRAP_API_KEY) await tenants.ensureBootstrap(config.BOOTSTRAP_API_KEY);

  // A burst of requests for one tenant needs one enqueue, not one per request: the job is
  // deduplicated anyway, and the sweeper covers any wake-up this skips.
  const lastNotified = new Map<string, number>();
  async function notify(tenantId: string) {
    const now = Date.now();
    if (now - (lastNotified.get(tenantId) ?? 0) < 100) return;
    lastNotified.set(tenantId, now);
    try {
      await queue.enqueue('analyse', { tenantId });
    } catch (err) {
      // The tickets are committed; the sweeper enqueues them once the queue is back.
      log.warn({ err: (err as Error).message, tenantId }, 'enqueue failed; the sweeper will pick the tickets up');
    }
  }

  return {
    config,
    db,
    queue,
    tenants,
    tickets,
    sources,
    clientFor,
    vendorFetch,
    enrich: createEnricher({ db, tickets, sources, clientFor, log }),
    metrics,
    notify,
    themeState,
    embedder: config.THEME_EMBEDDINGS ? createEmbedder() : null,
    themeActions: createThemeActions(db, themeState),
    engineConfig,
    log,
    async ingest(tenantId, incoming) {
      const stored = await groupCommit.ingest(tenantId, incoming);
      const changed = stored.filter((s) => s.outcome !== 'unchanged');
      for (const s of changed) metrics.ticketsIngested.inc({ source: s.source });
      if (changed.length > 0) await notify(tenantId);
      return stored;
    },
    async failedTickets(tenantId) {
      const r = await db.query<{ id: string; external_id: string; source: string; processing_error: string | null; attempts: number }>(
        `SELECT id, external_id, source, processing_error, attempts FROM tickets
         WHERE tenant_id = $1 AND processing_state = 'failed' ORDER BY seq DESC LIMIT 1000`,
        [tenantId],
      );
      return r.rows.map((t) => ({ id: t.id, externalId: t.external_id, source: t.source, error: t.processing_error, attempts: t.attempts }));
    },
    async retryTicket(tenantId, ticketId) {
      const r = await db.query(
        `UPDATE tickets SET processing_state = 'pending', attempts = 0, next_attempt_at = NULL
         WHERE tenant_id = $1 AND id = $2 AND processing_state = 'failed'`,
        [tenantId, ticketId],
      );
      if (r.rowCount === 0) return false;
      await notify(tenantId);
      return true;
    },
    async close() {
      await queue.close();
      await db.close();
    },
  };
}
