/**
 * npm run bench:metrics [tickets]: seeds one tenant with ~100k generated tickets spread over ~1k
 * themes (inserted directly for speed, then run through the same rollup code the worker uses,
 * batch by batch), then times the dashboard endpoints through the whole HTTP stack (auth,
 * validation, serialisation) and prints p50/p95/p99 per parameter mix. Embedded PGlite always;
 * PostgreSQL as well when DATABASE_URL is set (the tenant is deleted afterwards; pass SECRETS_KEY
 * too when that database holds PSA sources).
 */
import { createHash, randomUUID } from 'node:crypto';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import type { Db } from '../src/db/db.js';
import { createPgliteDb } from '../src/db/pglite.js';
import { createPostgresDb } from '../src/db/postgres.js';
import { generateTickets } from '../src/dev/generate-tickets.js';
import { buildApp } from '../src/http/app.js';
import { rollupAfterBatch } from '../src/metrics/rollups.js';
import { createServices } from '../src/services.js';

const TARGET = Number(process.argv[2] ?? 100_000);
const THEMES = 1000;
const RUNS = 200;
const DAY = 86_400_000;

function seedStreams() {
  const start = new Date(Math.floor(Date.now() / DAY - 458) * DAY);
  const tickets: Array<Record<string, unknown>> = [];
  for (let k = 0; tickets.length < TARGET; k++) {
    const stream = generateTickets({ seed: 100 + k, start, months: 15 });
    for (const t of stream.tickets) {
      if (tickets.length >= TARGET) break;
      // Each stream stands for other clients; a title (per third of the streams) is one theme.
      const themeKey = createHash('sha1').update(`${t.title}|${k % 3}`).digest().readUInt32BE(0) % THEMES;
      tickets.push({
        id: randomUUID(),
        source: t.source ?? 'api',
        external_id: `${k}-${t.externalId}`,
        content_hash: 'x',
        title: t.title,
        status: t.status ?? 'open',
        client_id: t.client ? `${t.client.id}-${k}` : null,
        client_name: t.client ? `${t.client.name} ${k}` : null,
        contact_id: t.contact ? `${t.contact.id}-${k}` : null,
        device_id: t.device ? `${t.device.id}-${k}` : null,
        category: t.category ?? null,
        created_at: t.createdAt,
        closed_at: t.closedAt ?? null,
        hours_spent: t.hoursSpent ?? null,
        theme_id: `th-${themeKey}`,
      });
    }
  }
  tickets.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
  return { tickets, start, end: new Date(Math.ceil(Date.parse(String(tickets.at(-1)!.created_at)) / DAY) * DAY) };
}

async function seed(db: Db, tenantId: string, data: ReturnType<typeof seedStreams>) {
  const t0 = performance.now();
  for (let i = 0; i < data.tickets.length; i += 5000) {
    await db.query(
      `INSERT INTO tickets (tenant_id, id, source, external_id, content_hash, title, status, client_id, client_name, contact_id, device_id, category,
         created_at, closed_at, hours_spent, theme_id, raw, processing_state, processed_at)
       SELECT $1, r.*, '{}'::jsonb, 'processed', now() FROM jsonb_to_recordset($2::jsonb) AS r(id text, source text, external_id text, content_hash text,
         title text, status text, client_id text, client_name text, contact_id text, device_id text, category jsonb, created_at timestamptz,
         closed_at timestamptz, hours_spent float8, theme_id text)`,
      [tenantId, JSON.stringify(data.tickets.slice(i, i + 5000))],
    );
  }
  await db.query(
    `INSERT INTO themes (tenant_id, id, name, kind) SELECT $1, 'th-' || n, 'Theme ' || n, 'human' FROM generate_series(0, ${THEMES - 1}) AS n`,
    [tenantId],
  );
  const t1 = performance.now();
  // The worker's rollup step, in batches of 500 (BATCH_SIZE's default) in arrival order.
  for (let i = 0; i < data.tickets.length; i += 500) {
    const ids = data.tickets.slice(i, i + 500).map((t) => t.id as string);
    await db.transaction((tx) => rollupAfterBatch(tx, tenantId, ids));
  }
  const t2 = performance.now();
  // Fresh statistics, as autovacuum would have gathered them by the time anyone opens a dashboard.
  await db.query('ANALYZE tickets, metric_rollups, metric_rollups_monthly');
  return { insertS: (t1 - t0) / 1000, rollupS: (t2 - t1) / 1000 };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function run(label: string, db: Db, databaseUrl?: string) {
  const secretsKey = loadConfig().SECRETS_KEY;
  const config = loadConfig({ LOG_LEVEL: 'silent', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...(secretsKey ? { SECRETS_KEY: secretsKey } : {}) });
  const services = await createServices(config, pino({ level: 'silent' }), { db, queuePrefix: `bench-${randomUUID()}` });
  const app = await buildApp(services);
  await app.ready();
  const { tenant, apiKey } = await services.tenants.create(`bench-${randomUUID()}`);
  try {
    const data = seedStreams();
    const seeded = await seed(db, tenant.id, data);
    const stats = await db.query<{ themes: number; rows: number }>(
      `SELECT (SELECT count(DISTINCT theme_id) FROM tickets WHERE tenant_id = $1)::int AS themes, (SELECT count(*) FROM metric_rollups WHERE tenant_id = $1)::int AS rows`,
      [tenant.id],
    );
    console.log(`\n${label}: ${data.tickets.length} tickets, ${stats.rows[0].themes} themes, ${stats.rows[0].rows} rollup rows; insert ${seeded.insertS.toFixed(1)} s, rollups ${seeded.rollupS.toFixed(1)} s (${Math.round(data.tickets.length / seeded.rollupS)} tickets/s through rollupAfterBatch)`);
    const end = data.end.toISOString();
    const back = (days: number) => new Date(data.end.getTime() - days * DAY).toISOString();
    const mixes: Array<[string, string]> = [
      ['recurrence week 90d', `/v1/metrics/recurrence?interval=week&from=${back(90)}&to=${end}`],
      ['recurrence month 15mo', `/v1/metrics/recurrence?interval=month&from=${data.start.toISOString()}&to=${end}`],
      ['recurrence day 30d by category', `/v1/metrics/recurrence?interval=day&groupBy=category&from=${back(30)}&to=${end}`],
      ['recurrence week 26w by theme top 10', `/v1/metrics/recurrence?interval=week&groupBy=theme&from=${back(182)}&to=${end}`],
      ['recurrence month 15mo by theme top 20', `/v1/metrics/recurrence?interval=month&groupBy=theme&limit=20&from=${data.start.toISOString()}&to=${end}`],
      ['recurrence month 15mo by client top 50', `/v1/metrics/recurrence?interval=month&groupBy=client&limit=50&from=${data.start.toISOString()}&to=${end}`],
      ['summary 30d (50 themes)', `/v1/metrics/summary?from=${back(30)}&to=${end}`],
      ['summary 90d (200 themes)', `/v1/metrics/summary?limit=200&from=${back(90)}&to=${end}`],
    ];
    console.log(`${'mix'.padEnd(40)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}  series/themes`);
    for (const [name, url] of mixes) {
      const times: number[] = [];
      let shape = '';
      for (let i = 0; i < RUNS + 20; i++) {
        const t0 = performance.now();
        const r = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${apiKey}` } });
        const ms = performance.now() - t0;
        if (r.statusCode !== 200) throw new Error(`${name}: ${r.statusCode} ${r.body.slice(0, 300)}`);
        if (i >= 20) times.push(ms);
        if (i === 0) {
          const body = r.json();
          shape = body.series ? `${body.series.length} series × ${body.series[0]?.points.length ?? 0} points` : `${body.themes.length} themes, ${body.clients.length} clients`;
        }
      }
      times.sort((a, b) => a - b);
      console.log(`${name.padEnd(40)} ${pct(times, 50).toFixed(1).padStart(8)} ${pct(times, 95).toFixed(1).padStart(8)} ${pct(times, 99).toFixed(1).padStart(8)}  ${shape}`);
    }
  } finally {
    await db.query('DELETE FROM tenants WHERE id = $1', [tenant.id]);
    await app.close();
    await services.close();
  }
}

await run('embedded (PGlite)', await createPgliteDb(null));
const url = loadConfig().DATABASE_URL;
if (url) await run('PostgreSQL', createPostgresDb(url), url);
