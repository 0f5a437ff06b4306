import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, startHarness, ticket } from '../support/harness.js';
import { freePort, isolatedDatabase, kill, startRedis, startWorkerProcess, waitFor } from '../support/processes.js';

const production = Boolean(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL);

async function processCounts(dbUrl: string, tenantId: string): Promise<Map<string, { state: string; n: number }>> {
  const client = new pg.Client(dbUrl);
  await client.connect();
  try {
    const r = await client.query('SELECT id, processing_state AS state, process_count AS n FROM tickets WHERE tenant_id = $1', [tenantId]);
    return new Map(r.rows.map((row) => [row.id, { state: row.state, n: row.n }]));
  } finally {
    await client.end();
  }
}

describe.runIf(production)('faults on real PostgreSQL and Redis', () => {
  const cleanup: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c().catch(() => {});
  });

  it('Redis dies in the middle of a burst: every ticket that got a 202 is processed exactly once', { timeout: 90_000 }, async () => {
    const { url: dbUrl, drop } = await isolatedDatabase(process.env.TEST_DATABASE_URL!);
    cleanup.push(drop);
    const port = await freePort();
    let redis = await startRedis(port);
    cleanup.push(() => kill(redis));
    const h = await startHarness('production', { env: { DATABASE_URL: dbUrl, REDIS_URL: `redis://127.0.0.1:${port}`, SWEEP_INTERVAL_MS: '300' } });
    cleanup.push(() => h.stop());
    const { id: tenantId, auth } = await h.tenant();

    const accepted: string[] = [];
    for (let i = 0; i < 60; i++) {
      if (i === 20) await kill(redis);
      if (i === 40) redis = await startRedis(port);
      const res = await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: auth, payload: [ticket(), ticket()] });
      expect(res.statusCode).toBe(202);
      accepted.push(...res.json().tickets.map((t: { id: string }) => t.id));
    }
    expect(accepted).toHaveLength(120);

    const counts = await eventually(async () => {
      const c = await processCounts(dbUrl, tenantId);
      return accepted.every((id) => c.get(id)?.state === 'processed') ? c : undefined;
    }, 30_000, 'all accepted tickets processed');
    expect(accepted.map((id) => counts.get(id)!.n)).toEqual(accepted.map(() => 1));
    await h.stop();
  });

  it('a worker killed mid-batch: the next worker processes its tickets, once', { timeout: 120_000 }, async () => {
    const { url: dbUrl, drop } = await isolatedDatabase(process.env.TEST_DATABASE_URL!);
    cleanup.push(drop);
    const prefix = `fault-${randomUUID()}`;
    const env = { SECRETS_KEY: 'a'.repeat(64), DATABASE_URL: dbUrl, REDIS_URL: process.env.TEST_REDIS_URL!, QUEUE_PREFIX: prefix, JOB_LOCK_MS: '1500', PORT: '0', BATCH_SIZE: '1000', SWEEP_INTERVAL_MS: '300' };
    // The API alone: the workers are separate processes, as in production.
    const h = await startHarness('production', { env: { ...env, ROLE: 'api' } });
    cleanup.push(() => h.stop());
    const { id: tenantId, auth } = await h.tenant();

    // Hold a row lock on the last ticket so the first worker blocks inside its batch transaction.
    const tickets = Array.from({ length: 300 }, () => ticket());
    const res = await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: auth, payload: tickets });
    const ids: string[] = res.json().tickets.map((t: { id: string }) => t.id);
    const blocker = new pg.Client(dbUrl);
    await blocker.connect();
    cleanup.push(() => blocker.end());
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM tickets WHERE id = $1 FOR UPDATE', [ids.at(-1)]);

    const first = startWorkerProcess(env);
    cleanup.push(() => kill(first));
    const blockerPid = (await blocker.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    // Asked on another connection: inside a transaction pg_stat_activity is a frozen snapshot.
    const observer = new pg.Client(dbUrl);
    await observer.connect();
    cleanup.push(() => observer.end());
    await waitFor(async () => {
      const r = await observer.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [blockerPid]);
      return r.rows[0].n > 0;
    }, 30_000);
    const firstWasBlocked = first.exitCode === null;
    await kill(first, 'SIGKILL');
    await blocker.query('ROLLBACK');

    const second = startWorkerProcess(env);
    cleanup.push(() => kill(second));
    const counts = await eventually(async () => {
      const c = await processCounts(dbUrl, tenantId);
      return ids.every((id) => c.get(id)?.state === 'processed') ? c : undefined;
    }, 40_000, 'tickets processed by the second worker');
    expect(ids.map((id) => counts.get(id)!.n)).toEqual(ids.map(() => 1));
    // The first worker really was inside the batch when it died: its work was rolled back.
    expect(firstWasBlocked).toBe(true);
  });
});
