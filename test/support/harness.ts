import { randomUUID } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config.js';
import { createPgliteDb } from '../../src/db/pglite.js';
import type { Analyser } from '../../src/pipeline/analyser.js';
import { startRuntime, type Running } from '../../src/runtime.js';

export type Mode = 'embedded' | 'production';

/**
 * Integration tests always run embedded (in-memory PGlite, in-process queue) and, when
 * TEST_DATABASE_URL and TEST_REDIS_URL are set, again on real PostgreSQL and Redis.
 */
export const modes: Mode[] = process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL ? ['embedded', 'production'] : ['embedded'];

export interface Harness extends Running {
  config: Config;
  /** A fresh tenant with its own key, so tests never see each other's data. */
  tenant(): Promise<{ id: string; key: string; auth: { authorization: string } }>;
}

export function testConfig(mode: Mode, env: Record<string, string> = {}): Config {
  return loadConfig({
    LOG_LEVEL: 'silent',
    SWEEP_INTERVAL_MS: '200',
    JOB_BACKOFF_MS: '20',
    JOB_ATTEMPTS: '3',
    TICKET_ATTEMPTS: '3',
    // The shared test database holds PSA sources (other tests'), so every process needs the key.
    ...(mode === 'production' ? { DATABASE_URL: process.env.TEST_DATABASE_URL, REDIS_URL: process.env.TEST_REDIS_URL, SECRETS_KEY: 'a'.repeat(64) } : {}),
    ...env,
  });
}

export async function startHarness(mode: Mode, opts: { env?: Record<string, string>; analyser?: Analyser } = {}): Promise<Harness> {
  const config = testConfig(mode, opts.env);
  const db = config.DATABASE_URL ? undefined : await createPgliteDb(null);
  const running = await startRuntime(config, { db, listen: false, queuePrefix: opts.env?.QUEUE_PREFIX ?? `test-${randomUUID()}`, analyser: opts.analyser });
  await running.app!.ready();
  return {
    ...running,
    config,
    async tenant() {
      const { tenant, apiKey } = await running.services.tenants.create(`t-${randomUUID()}`);
      return { id: tenant.id, key: apiKey, auth: { authorization: `Bearer ${apiKey}` } };
    },
  };
}

/** Polls until check() returns a value other than undefined, or fails after timeoutMs. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function ticket(overrides: Record<string, unknown> = {}) {
  return {
    externalId: `T-${randomUUID().slice(0, 8)}`,
    title: 'Outlook keeps asking for my password',
    description: 'Since this morning Outlook prompts for the password every few minutes.',
    client: { id: 'acme', name: 'Acme Dental' },
    createdAt: '2026-11-02T09:14:00Z',
    ...overrides,
  };
}

/**
 * Consolidates a tenant as the scheduled job would, waiting while a worker (this harness's or,
 * on the shared test database, another's) still holds the tenant after its last batch.
 */
export async function consolidateNow(h: Harness, tenantId: string) {
  const { consolidateTenant } = await import('../../src/themes/consolidate-tenant.js');
  return whenTenantFree(() => consolidateTenant(h.services.db, h.services.themeState, tenantId));
}

/** Rebuilds a tenant's themes as `themes rebuild` does, waiting as consolidateNow does. */
export async function rebuildNow(h: Harness, tenantId: string) {
  const { rebuildTenant } = await import('../../src/themes/consolidate-tenant.js');
  return whenTenantFree(() => rebuildTenant(h.services.db, h.services.themeState, tenantId, h.services.engineConfig, h.services.embedder));
}

/** Runs `fn` again while it finds the tenant held by a worker (as the CLI does), for up to 30 s. */
async function whenTenantFree<T>(fn: () => Promise<T>): Promise<T> {
  const { whenTenantFree: cliWait } = await import('../../src/cli/wait-for-tenant.js');
  return cliWait(fn, { waitMs: 30_000, pollMs: 100, onWait: () => {} });
}

/**
 * Waits until every ticket of the tenant is processed and the consolidation a burst of tickets
 * triggers (see consolidateAfterBurst) has run, so a test reads themes that no longer move.
 */
export async function settledTenant(h: Harness, tenantId: string, timeoutMs = 60_000): Promise<void> {
  const { burstNeedsConsolidation } = await import('../../src/themes/jobs.js');
  await eventually(async () => {
    const r = await h.services.db.query<{ pending: number; processed: number; changed: number | null }>(
      `SELECT count(*) FILTER (WHERE processing_state <> 'processed')::int AS pending,
              count(*) FILTER (WHERE processing_state = 'processed')::int AS processed,
              (SELECT changed_since_consolidation FROM engine_state WHERE tenant_id = $1) AS changed
       FROM tickets WHERE tenant_id = $1`,
      [tenantId],
    );
    const { pending, processed, changed } = r.rows[0];
    return pending === 0 && !burstNeedsConsolidation(changed ?? 0, processed) ? true : undefined;
  }, timeoutMs, 'all tickets processed and a burst consolidated');
}

