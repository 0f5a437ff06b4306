import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/import/lines.js';
import { parseTicketImport, type ImportOptions, type ImportRow } from '../../../src/ingest/import/parse-import.js';
import { parseMapSpec } from '../../../src/ingest/import/presets.js';
import { ImportSetupError } from '../../../src/ingest/import/setup-error.js';

const file = (name: string) => createReadStream(fileURLToPath(new URL(`../../fixtures/psa/${name}`, import.meta.url)));

async function collect(input: Readable, options: ImportOptions): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const row of parseTicketImport(input, options)) rows.push(row);
  return rows;
}

describe('file import: CSV presets', () => {
  it('maps a ConnectWise export (BOM, CRLF, quoted multi-line cells) and rejects bad rows with line numbers', async () => {
    const rows = await collect(file('import-connectwise.csv'), { format: 'csv', preset: 'connectwise' });
    expect(rows[0]).toEqual({
      line: 2,
      ticket: {
        externalId: '48213',
        source: 'connectwise',
        title: 'Outlook keeps asking for password',
        status: 'closed',
        statusName: '>Closed',
        priority: 'Priority 3',
        client: { id: 'Acme Dental', name: 'Acme Dental' },
        contact: { id: 'Dana Reyes', name: 'Dana Reyes' },
        device: { id: 'ACME-LT-042', name: 'ACME-LT-042' },
        category: { board: 'Service Desk', type: 'Email', subtype: 'Outlook', item: 'Password prompt' },
        createdAt: '2026-11-02T09:14:00.000Z',
        closedAt: '2026-11-02T11:30:00.000Z',
        hoursSpent: 0.75,
      },
    });
    expect(rows[1]).toMatchObject({ line: 4, ticket: { externalId: '48214', title: 'Printer "HP 402" offline\nagain', status: 'open' } });
    expect(rows.slice(2)).toEqual([
      { line: 5, error: 'externalId: column "Ticket #" is empty' },
      { line: 6, error: 'createdAt (column "Date Entered"): cannot read date "yesterday-ish"' },
      { line: 8, error: 'hoursSpent (column "Actual Hours"): "lots" is not a number' },
    ]);
  });

  it('maps the Autotask and Halo presets', async () => {
    const [at] = await collect(file('import-autotask.csv'), { format: 'csv', preset: 'autotask' });
    expect(at).toMatchObject({
      ticket: { externalId: 'T20261102.0002', source: 'autotask', status: 'closed', statusName: 'Complete', resolution: 'Raised the IKE lifetime.', device: { id: 'FW-01' }, category: { board: 'Level I Support', type: 'Network', subtype: 'VPN' }, hoursSpent: 1.5 },
    });
    const [halo] = await collect(file('import-halo.csv'), { format: 'csv', preset: 'halo' });
    expect(halo).toMatchObject({ ticket: { externalId: '5531', source: 'halopsa', status: 'closed', description: 'Shows offline.', contact: { id: 'Dana Reyes' }, closedAt: '2026-11-02T12:00:00.000Z' } });
  });

  it('lets --map override or supply columns, and fails fast without an id column', async () => {
    const csv = 'Ref,Subject,Body\nR-1,VPN down,Since 9am\n';
    await expect(collect(Readable.from([csv]), { format: 'csv', preset: 'generic' })).rejects.toThrow(ImportSetupError);
    await expect(collect(Readable.from([csv]), { format: 'csv', preset: 'generic' })).rejects.toThrow(/no externalId column.*--map externalId=/);
    const rows = await collect(Readable.from([csv]), { format: 'csv', preset: 'generic', map: 'externalId=Ref,description=body' });
    expect(rows).toEqual([{ line: 2, ticket: expect.objectContaining({ externalId: 'R-1', title: 'VPN down', description: 'Since 9am', source: 'import' }) }]);
    await expect(collect(Readable.from([csv]), { format: 'csv', preset: 'generic', map: 'externalId=Nope' })).rejects.toThrow(/no column "Nope"/);
    expect(() => parseMapSpec('colour=Red')).toThrow(ImportSetupError);
    expect(() => parseMapSpec('colour=Red')).toThrow(/field one of/);
  });

  it('reads day-first dates when asked', async () => {
    const csv = 'id,title,createdAt\n1,x,03/04/2026 10:00\n';
    const [row] = await collect(Readable.from([csv]), { format: 'csv', preset: 'generic', dateOrder: 'dmy' });
    expect(row).toMatchObject({ ticket: { createdAt: '2026-04-03T10:00:00.000Z' } });
  });

  it('reports an unreadable CSV row and carries on', async () => {
    const csv = 'id,title\n1,ok\n2,bad "quote" here\n3,also ok\n';
    const rows = await collect(Readable.from([csv]), { format: 'csv', preset: 'generic' });
    expect(rows.map((r) => ('ticket' in r ? r.ticket.externalId : 'error'))).toEqual(['1', 'error', '3']);
    expect(rows[1]).toMatchObject({ line: 3, error: expect.stringContaining('unreadable CSV row') });
    expect(rows[1]).not.toMatchObject({ error: expect.stringContaining('here') }); // no ticket text in errors
  });

  it('reads the source lazily: only as far as the caller has iterated', async () => {
    let produced = 0;
    const total = 100_000;
    const source = Readable.from(
      (function* () {
        yield 'id,title\n';
        for (let i = 0; i < total; i++) {
          produced++;
          yield `${i},Ticket number ${i} with some padding text to make the row longer\n`;
        }
      })(),
    );
    let seen = 0;
    for await (const row of parseTicketImport(source, { format: 'csv', preset: 'generic' })) {
      expect('ticket' in row).toBe(true);
      if (++seen === 10) break;
    }
    expect(produced).toBeLessThan(total / 10);
  });
});

describe('file import: NDJSON', () => {
  it('validates normalised tickets per line with the generic preset', async () => {
    const rows = await collect(file('import-generic.ndjson'), { format: 'ndjson', preset: 'generic' });
    expect(rows).toEqual([
      { line: 1, ticket: expect.objectContaining({ externalId: 'G-1', source: 'import', status: 'closed', client: { id: 'acme', name: 'Acme Dental' } }) },
      { line: 3, ticket: expect.objectContaining({ externalId: 'G-2', notes: [{ text: 'Job log shows VSS error', kind: 'internal' }] }) },
      { line: 4, error: 'title: Invalid input: expected string, received undefined' },
      { line: 5, error: 'not valid JSON' },
      { line: 6, error: 'not a JSON object' },
      { line: 7, ticket: expect.objectContaining({ externalId: 'G-4', source: 'meraki-export' }) },
    ]);
  });

  it('maps flat PSA-column objects with a PSA preset', async () => {
    const line = JSON.stringify({ 'Ticket ID': 9, Summary: 'Laptop slow', Status: 'Resolved', 'Time Taken': 1.25 });
    const rows = await collect(Readable.from([`${line}\n`]), { format: 'ndjson', preset: 'halo' });
    expect(rows).toEqual([{ line: 1, ticket: expect.objectContaining({ externalId: '9', title: 'Laptop slow', status: 'resolved', hoursSpent: 1.25, source: 'halopsa' }) }]);
  });

  it('skips a line longer than the cap instead of buffering it', async () => {
    const lines = [];
    for await (const l of readLines(Readable.from(['short\n', 'x'.repeat(40), 'y'.repeat(40), '\nafter\n']), 32)) lines.push(l);
    expect(lines).toEqual([{ line: 1, text: 'short' }, { line: 2, text: '', tooLong: true }, { line: 3, text: 'after' }]);
  });

  it('handles a line split across chunks and a final line without newline', async () => {
    const rows = await collect(Readable.from([Buffer.from('{"externalId":"A","ti'), Buffer.from('tle":"é split"}\n{"externalId":"B","title":"last"}')]), { format: 'ndjson', preset: 'generic' });
    expect(rows.map((r) => ('ticket' in r ? r.ticket.title : r.error))).toEqual(['é split', 'last']);
  });
});
