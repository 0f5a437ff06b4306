import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import { backfillSource } from '../../src/cli/backfill-source.js';
import { importTickets } from '../../src/cli/import-tickets.js';
import { ImportSetupError } from '../../src/ingest/index.js';
import { eventually, modes } from '../support/harness.js';
import { psaFixture, startPsaHarness, type PsaHarness } from '../support/psa.js';
import { startFakeVendor } from '../unit/ingest/clients/fake-vendor.js';

const ORIGIN = 'https://webservices5.autotask.net';
const AT = '/atservicesrest/v1.0';
const NEXT = `${ORIGIN}/ATServicesRest/V1.0/Tickets/query/next?paging=p2`;
const item = (JSON.parse(psaFixture('autotask-ticket.json').toString()) as { item: Record<string, unknown> }).item;

describe.each(modes)('backfill and import (%s)', (mode) => {
  let h: PsaHarness;
  let fake: Awaited<ReturnType<typeof startFakeVendor>>;
  const calls: string[] = [];
  let failPage2 = 1;

  beforeAll(async () => {
    fake = await startFakeVendor((req) => {
      const p = req.url.pathname;
      if (p === `${AT}/Tickets/entityInformation/fields`) return { body: { fields: [] } };
      if (p === `${AT}/Tickets/query`) {
        calls.push('page1');
        return { body: { items: [{ ...item, id: 9001 }, { ...item, id: 9002 }], pageDetails: { count: 2, nextPageUrl: NEXT } } };
      }
      if (p === '/ATServicesRest/V1.0/Tickets/query/next') {
        calls.push(`page2:${req.url.searchParams.get('paging')}`);
        // The first try "crashes" (a vendor 500): the retry must resume at page 2, not page 1.
        if (failPage2-- > 0) return { status: 500, body: {} };
        return { body: { items: [{ ...item, id: 9003 }, { id: 9004 }], pageDetails: { count: 2, nextPageUrl: null } } };
      }
      return { status: 404, body: {} };
    });
    h = await startPsaHarness(mode, { vendorFetch: fake.fetchFor(ORIGIN) });
  });
  afterAll(async () => {
    await h.stop();
    await fake.close();
  });

  it('backfills page by page, resumes from the stored cursor after a failure, and reports progress', async () => {
    const t = await h.tenant();
    const config = { baseUrl: `${ORIGIN}/atservicesrest`, username: 'u', secret: 's', integrationCode: 'INT' };
    const source = (await h.post('/v1/sources', { kind: 'autotask', config }, t.auth)).json();
    const start = await h.post(`/v1/sources/${source.id}/backfill`, { since: '2025-11-01' }, t.auth);
    expect(start.statusCode).toBe(202);
    expect(start.json()).toMatchObject({ state: 'queued', pages: 0 });

    const done = await eventually(async () => {
      const p = (await h.app!.inject({ method: 'GET', url: `/v1/sources/${source.id}/backfill`, headers: t.auth })).json();
      return p.state === 'done' ? p : undefined;
    }, 15_000, 'backfill done');
    expect(done).toMatchObject({ since: '2025-11-01T00:00:00.000Z', pages: 2, tickets: 3, skipped: 1, cursor: null, error: null });
    expect(done.finishedAt).toBeTruthy();
    expect(calls).toEqual(['page1', 'page2:p2', 'page2:p2']);
    const stored = await h.services.db.query<{ external_id: string }>('SELECT external_id FROM tickets WHERE tenant_id = $1 ORDER BY external_id', [t.id]);
    expect(stored.rows.map((r) => r.external_id)).toEqual(['9001', '9002', '9003']);

    const other = await h.tenant();
    expect((await h.app!.inject({ method: 'GET', url: `/v1/sources/${source.id}/backfill`, headers: other.auth })).statusCode).toBe(404);
    const fs = (await h.post('/v1/sources', { kind: 'freshservice', config: {} }, t.auth)).json();
    expect((await h.post(`/v1/sources/${fs.id}/backfill`, { since: '2025-11-01' }, t.auth)).statusCode).toBe(400);
  });

  it('cli: a vendor failure mid-backfill is reported as a failed backfill, and the same command resumes it', async () => {
    const t = await h.tenant();
    const config = { baseUrl: `${ORIGIN}/atservicesrest`, username: 'u', secret: 's', integrationCode: 'INT' };
    const source = (await h.post('/v1/sources', { kind: 'autotask', config }, t.auth)).json();
    failPage2 = 1;
    calls.length = 0;
    const progress = new PassThrough();
    const failed = await backfillSource(h.services, source.id, '2025-11-01', progress as unknown as NodeJS.WriteStream);
    expect(failed).toMatchObject({ state: 'failed', pages: 1, tickets: 2, error: expect.stringContaining('500') });
    const resumed = await backfillSource(h.services, source.id, '2025-11-01', progress as unknown as NodeJS.WriteStream);
    expect(resumed).toMatchObject({ state: 'done', pages: 2, tickets: 3, error: null });
    expect(calls).toEqual(['page1', 'page2:p2', 'page2:p2']);
  });

  it('imports a CSV in batches, reports rejected rows by line, and creates no duplicates on a re-run', async () => {
    const t = await h.tenant();
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const file = join(dir, 'tickets.csv');
    const rows = Array.from({ length: 1203 }, (_, i) => `G-${i},Printer offline ${i},acme,2026-10-0${(i % 9) + 1}T09:00:00Z`);
    rows.splice(4, 0, ',No id here,acme,2026-10-01T09:00:00Z'); // line 6 (header is line 1)
    writeFileSync(file, `externalId,title,clientId,createdAt\n${rows.join('\n')}\n`);
    const stderr = new PassThrough() as unknown as NodeJS.WriteStream;

    const first = await importTickets(h.services, t.id, file, { format: 'csv', preset: 'generic' }, stderr);
    expect(first).toMatchObject({ rows: 1204, created: 1203, updated: 0, unchanged: 0, rejected: 1 });
    expect(first.firstRejections).toEqual([{ line: 6, error: expect.stringMatching(/externalId|id/i) }]);

    const again = await importTickets(h.services, t.id, file, { format: 'csv', preset: 'generic' }, stderr);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1203, rejected: 1 });
    const count = await h.services.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets WHERE tenant_id = $1', [t.id]);
    expect(count.rows[0]!.n).toBe(1203);
  });

  it('rejects a row closed before it was created by its line, naming closedAt, and stores the others', async () => {
    const t = await h.tenant();
    const file = join(mkdtempSync(join(tmpdir(), 'import-')), 'tickets.csv');
    writeFileSync(file, 'externalId,title,createdAt,closedAt\nK-1,Printer offline,2026-10-01T09:00:00Z,2026-10-01T11:00:00Z\nK-2,VPN drops,2026-10-02T09:00:00Z,2026-10-01T09:00:00Z\n');
    const summary = await importTickets(h.services, t.id, file, { format: 'csv', preset: 'generic' }, new PassThrough() as unknown as NodeJS.WriteStream);
    expect(summary).toMatchObject({ rows: 2, created: 1, rejected: 1, firstRejections: [{ line: 3, error: 'closedAt: must not be before createdAt' }] });

    const ndjson = join(mkdtempSync(join(tmpdir(), 'import-')), 'tickets.ndjson');
    writeFileSync(ndjson, `${JSON.stringify({ externalId: 'K-3', title: 'Disk full', createdAt: '2026-10-02T09:00:00Z', closedAt: '2026-10-01T09:00:00Z' })}\n`);
    const lines = await importTickets(h.services, t.id, ndjson, { format: 'ndjson', preset: 'generic' }, new PassThrough() as unknown as NodeJS.WriteStream);
    expect(lines).toMatchObject({ rows: 1, created: 0, rejected: 1, firstRejections: [{ line: 1, error: 'closedAt: must not be before createdAt' }] });
    const stored = await h.services.db.query<{ external_id: string }>('SELECT external_id FROM tickets WHERE tenant_id = $1', [t.id]);
    expect(stored.rows.map((r) => r.external_id)).toEqual(['K-1']);
  });

  it('rejects an NDJSON line with a blank title or externalId by its line, naming the field', async () => {
    const t = await h.tenant();
    const file = join(mkdtempSync(join(tmpdir(), 'import-')), 'tickets.ndjson');
    const lines = [{ externalId: 'B-1', title: 'Printer offline' }, { externalId: 'B-2', title: '   ' }, { externalId: '  ', title: 'VPN drops' }];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const summary = await importTickets(h.services, t.id, file, { format: 'ndjson', preset: 'generic' }, new PassThrough() as unknown as NodeJS.WriteStream);
    expect(summary).toMatchObject({
      rows: 3,
      created: 1,
      rejected: 2,
      firstRejections: [
        { line: 2, error: 'title: must not be blank' },
        { line: 3, error: 'externalId: must not be blank' },
      ],
    });
  });

  it('imports a semicolon-separated export (European Excel) without being told its delimiter', async () => {
    const t = await h.tenant();
    const file = join(mkdtempSync(join(tmpdir(), 'import-')), 'tickets.csv');
    writeFileSync(file, 'externalId;title;clientId;createdAt\nS-1;"Drucker offline; Etage 2";acme;2026-10-01T09:00:00Z\nS-2;VPN trennt, immer wieder;acme;2026-10-02T09:00:00Z\n');
    const summary = await importTickets(h.services, t.id, file, { format: 'csv', preset: 'generic' }, new PassThrough() as unknown as NodeJS.WriteStream);
    expect(summary).toMatchObject({ rows: 2, created: 2, rejected: 0 });
    const stored = await h.services.db.query<{ title: string }>('SELECT title FROM tickets WHERE tenant_id = $1 ORDER BY external_id', [t.id]);
    expect(stored.rows.map((r) => r.title)).toEqual(['Drucker offline; Etage 2', 'VPN trennt, immer wieder']);
  });

  it('reads an export saved as Windows-1252 (older Excel) with its accented letters intact', async () => {
    const t = await h.tenant();
    const file = join(mkdtempSync(join(tmpdir(), 'import-')), 'tickets.csv');
    const text = 'externalId;title;clientId;createdAt\nW-1;Drucker fällt aus, Grüße;acme;2026-10-01T09:00:00Z\n';
    writeFileSync(file, Buffer.from([...text].map((c) => c.charCodeAt(0))));
    const summary = await importTickets(h.services, t.id, file, { format: 'csv', preset: 'generic' }, new PassThrough() as unknown as NodeJS.WriteStream);
    expect(summary).toMatchObject({ rows: 1, created: 1, rejected: 0 });
    const stored = await h.services.db.query<{ title: string }>('SELECT title FROM tickets WHERE tenant_id = $1', [t.id]);
    expect(stored.rows[0]!.title).toBe('Drucker fällt aus, Grüße');
  });

  it('imports text PostgreSQL cannot store (a NUL byte from an old export) with it removed, not failing the batch', async () => {
    const t = await h.tenant();
    const file = join(mkdtempSync(join(tmpdir(), 'import-')), 'tickets.csv');
    writeFileSync(file, 'externalId,title,clientId,createdAt\nN-1,Scanner\u0000 jammed,acme,2026-10-01T09:00:00Z\nN-2,VPN drops,acme,2026-10-02T09:00:00Z\n');
    const summary = await importTickets(h.services, t.id, file, { format: 'csv', preset: 'generic' }, new PassThrough() as unknown as NodeJS.WriteStream);
    expect(summary).toMatchObject({ rows: 2, created: 2, rejected: 0 });
    const stored = await h.services.db.query<{ title: string }>('SELECT title FROM tickets WHERE tenant_id = $1 ORDER BY external_id', [t.id]);
    expect(stored.rows.map((r) => r.title)).toEqual(['Scanner jammed', 'VPN drops']);
  });

  it('names a missing file, or a column the export lacks, as an error the CLI prints in one line, and stores nothing', async () => {
    const t = await h.tenant();
    const quiet = new PassThrough() as unknown as NodeJS.WriteStream;
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const missing = importTickets(h.services, t.id, join(dir, 'nope.csv'), { format: 'csv', preset: 'generic' }, quiet);
    await expect(missing).rejects.toThrow(UsageError);
    await expect(missing).rejects.toThrow(/no file at .*nope\.csv/);
    const file = join(dir, 'no-ids.csv');
    writeFileSync(file, 'Document,Topic_group\nprinter offline again,Hardware\n');
    const noIds = importTickets(h.services, t.id, file, { format: 'csv', preset: 'generic', map: 'title=Document' }, quiet);
    await expect(noIds).rejects.toThrow(ImportSetupError);
    await expect(noIds).rejects.toThrow(/no externalId column.*--map externalId=<column>/);
    const count = await h.services.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets WHERE tenant_id = $1', [t.id]);
    expect(count.rows[0]!.n).toBe(0);
  });
});
