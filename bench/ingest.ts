/**
 * npm run bench:ingest: POST /v1/tickets under load, embedded and production (PostgreSQL + Redis:
 * BENCH_DATABASE_URL / BENCH_REDIS_URL, default the local servers), against a bare Fastify route.
 * Prints requests/s, p50 and p99 at full speed, and p99 at a fixed 500 requests/s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const key = 'bench-key-0123456789abcdef';
const root = new URL('..', import.meta.url).pathname;

function start(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function waitUp(url: string) {
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not come up`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

let counter = 0;
const ticket = () =>
  JSON.stringify({
    externalId: `bench-${process.pid}-${Date.now()}-${counter++}`,
    title: 'Outlook keeps asking for my password',
    description: 'Since this morning Outlook prompts for the password every few minutes on my laptop.',
    client: { id: 'acme', name: 'Acme Dental' },
    createdAt: new Date().toISOString(),
  });

async function load(url: string, opts: { rate?: number; body: () => string }) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: opts.rate ? 20 : 50,
    duration: seconds,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    requests: [{ setupRequest: (req) => ({ ...req, body: opts.body() }) }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const row = (name: string, r: { rps: number; p50: number; p99: number; errors: number }) =>
  console.log(`${name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}`);

const port = 3900;
const hello = start('bench/hello-server.ts', { PORT: String(port) });
await waitUp(`http://127.0.0.1:${port}/hello`);
const base = await load(`http://127.0.0.1:${port}/hello`, { body: () => '{}' });
await stop(hello);
row('bare Fastify hello-world', base);

const dataDir = mkdtempSync(join(tmpdir(), 'recurrence-bench-'));
// Production runs as deployed: an API process and a separate worker process.
const modes: Array<[string, Record<string, string>]> = [
  ['embedded (PGlite, in-process queue)', { DATA_DIR: dataDir }],
  [
    'production (PostgreSQL + BullMQ)',
    {
      ROLE: 'api',
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `bench-${process.pid}`,
      SECRETS_KEY: process.env.SECRETS_KEY ?? randomBytes(32).toString('hex'),
    },
  ],
];
for (const [name, env] of modes) {
  const p = port + 1;
  const service = start('src/server.ts', { ...env, PORT: String(p), HOST: '127.0.0.1', BOOTSTRAP_API_KEY: key });
  await waitUp(`http://127.0.0.1:${p}/health/live`);
  const worker = env.ROLE === 'api' ? start('src/worker.ts', { ...env, ROLE: 'worker', PORT: String(p + 1), HOST: '127.0.0.1' }) : null;
  const url = `http://127.0.0.1:${p}/v1/tickets`;
  const full = await load(url, { body: ticket });
  row(`ingest, ${name}`, full);
  console.log(`${''.padEnd(34)} ratio to hello-world: ${((full.rps / base.rps) * 100).toFixed(1)}%`);
  row(`ingest at 500 req/s, ${name}`, await load(url, { rate: 500, body: ticket }));
  await stop(service);
  if (worker) await stop(worker);
}
rmSync(dataDir, { recursive: true, force: true });
