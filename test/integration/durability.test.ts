import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDb } from '../../src/db/postgres.js';
import { migrate } from '../../src/db/migrate.js';
import { startRuntime } from '../../src/runtime.js';
import { eventually, startHarness, testConfig, ticket } from '../support/harness.js';
import { freePort } from '../support/processes.js';

const production = Boolean(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL);

describe('durability', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('keeps every ticket across a restart of the embedded service', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'recurrence-restart-'));
    dirs.push(dataDir);
    const config = testConfig('embedded', { DATA_DIR: dataDir, BOOTSTRAP_API_KEY: 'restart-key-0123456789' });
    const auth = { authorization: 'Bearer restart-key-0123456789' };
    const first = await startRuntime(config, { listen: false });
    const stored = (await first.app!.inject({ method: 'POST', url: '/v1/tickets', headers: auth, payload: [ticket(), ticket()] })).json().tickets;
    await eventually(async () => {
      const t = (await first.app!.inject({ method: 'GET', url: `/v1/tickets/${stored[1].id}`, headers: auth })).json();
      return t.processing.state === 'processed' ? t : undefined;
    });
    await first.stop();

    const second = await startRuntime(config, { listen: false });
    for (const s of stored) {
      const t = (await second.app!.inject({ method: 'GET', url: `/v1/tickets/${s.id}`, headers: auth })).json();
      expect(t).toMatchObject({ id: s.id, externalId: s.externalId, processing: { state: 'processed' } });
      expect(t.themeId).toEqual(expect.any(String));
    }
    await second.stop();
  });

  it('answers 503 with Retry-After, storing nothing, when the embedded store is gone', async () => {
    const h = await startHarness('embedded');
    const { auth } = await h.tenant();
    await h.services.db.close();
    const res = await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: auth, payload: ticket() });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
    await h.app!.close();
  });

  it.runIf(production)('answers 503 when PostgreSQL becomes unreachable, and works again when it is back', async () => {
    // A TCP proxy in front of PostgreSQL that the test can cut.
    const target = new URL(process.env.TEST_DATABASE_URL!);
    const port = await freePort();
    const sockets = new Set<Socket>();
    let proxy: Server | null = null;
    const open = () =>
      new Promise<void>((resolve) => {
        proxy = createServer((client) => {
          const upstream = connect(Number(target.port || 5432), target.hostname);
          sockets.add(client).add(upstream);
          client.pipe(upstream).pipe(client);
          const drop = () => [client, upstream].forEach((s) => s.destroy());
          client.on('error', drop);
          upstream.on('error', drop);
        }).listen(port, '127.0.0.1', () => resolve());
      });
    const cut = () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        sockets.clear();
        proxy!.close(() => resolve());
      });
    await open();
    const viaProxy = new URL(target);
    viaProxy.port = String(port);
    const h = await startHarness('production', { env: { DATABASE_URL: viaProxy.toString() } });
    const { auth } = await h.tenant();
    const body = ticket();

    await cut();
    const down = await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: auth, payload: body });
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBe('5');
    expect((await h.app!.inject({ method: 'GET', url: '/health/ready' })).json().checks.database).toBe('down');

    await open();
    const up = await eventually(async () => {
      const r = await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: auth, payload: body });
      return r.statusCode === 202 ? (r.json() as { tickets: Array<{ outcome: string }> }) : undefined;
    });
    expect(up.tickets[0].outcome).toBe('created'); // nothing was half-written by the failed attempt
    await h.stop();
    await cut();
  });

  it.runIf(production)('applies migrations once when two processes start at the same moment', async () => {
    const a = createPostgresDb(process.env.TEST_DATABASE_URL!);
    const b = createPostgresDb(process.env.TEST_DATABASE_URL!);
    const [ra, rb] = await Promise.all([migrate(a), migrate(b)]);
    expect([...ra, ...rb]).toEqual([]); // the harness already migrated this database: nothing left to do
    const versions = await a.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(new Set(versions.rows.map((r) => r.version)).size).toBe(versions.rows.length);
    await Promise.all([a.close(), b.close()]);
  });
});
