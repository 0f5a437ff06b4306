import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ticketSchema, type TicketInput } from '../../tickets/ticket-schema.js';
import { isRecord, str } from '../payload.js';
import { readLines } from './lines.js';
import { parseMapSpec, type ImportField, type PresetName } from './presets.js';
import { planColumns, rowToTicket, type ColumnPlan, type RowOptions } from './row-to-ticket.js';

/**
 * Streams a ticket export (CSV or NDJSON) into normalised tickets, one result per row, in order.
 * Memory stays constant whatever the file size: csv-parse and the line splitter read only as fast
 * as the caller iterates. Bad rows become `{ line, error }` and the import carries on; a file that
 * cannot work at all (no id/title column, a --map column that does not exist) throws
 * ImportSetupError before the first row.
 */
export type ImportRow = { line: number; ticket: TicketInput } | { line: number; error: string };

export interface ImportOptions {
  format: 'csv' | 'ndjson';
  preset: PresetName;
  /** `title=Summary,description=Notes` or an object; wins over the preset. */
  map?: string | Partial<Record<ImportField, string>>;
  /** Ticket source; defaults to the PSA kind of the preset ('import' for generic). */
  source?: string;
  dateOrder?: RowOptions['dateOrder'];
  delimiter?: string;
}

const PRESET_SOURCE: Record<PresetName, string> = { connectwise: 'connectwise', autotask: 'autotask', halo: 'halopsa', generic: 'import' };
const MAX_RECORD_BYTES = 8 * 1024 * 1024;

export async function* parseTicketImport(input: Readable, options: ImportOptions): AsyncGenerator<ImportRow> {
  const overrides = typeof options.map === 'string' ? parseMapSpec(options.map) : (options.map ?? {});
  const rowOptions: RowOptions = { source: options.source ?? PRESET_SOURCE[options.preset], dateOrder: options.dateOrder ?? 'mdy' };
  if (options.format === 'ndjson') yield* ndjsonRows(input, options.preset, overrides, rowOptions);
  else yield* csvRows(input, options, overrides, rowOptions);
}

async function* csvRows(input: Readable, options: ImportOptions, overrides: Partial<Record<ImportField, string>>, rowOptions: RowOptions): AsyncGenerator<ImportRow> {
  // csv-parse reports skipped rows through a callback, possibly ahead of earlier good rows and
  // more than once per row; keep one error per line and release them in line order.
  const skipped = new Map<number, string>();
  const release = function* (beforeLine: number): Generator<ImportRow> {
    for (const line of [...skipped.keys()].sort((a, b) => a - b)) {
      if (line >= beforeLine) break;
      yield { line, error: skipped.get(line)! };
      skipped.delete(line);
    }
  };
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim()),
      delimiter: options.delimiter ?? ',',
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_BYTES,
      skip_records_with_error: true,
      on_skip: (err) => {
        const line = Number((err as { lines?: number } | undefined)?.lines ?? 0);
        // Drop csv-parse's "value is ..." tail: it quotes ticket text, which must not reach logs.
        const reason = (err?.message ?? 'parse error').replace(/, value is .*$/s, '');
        if (!skipped.has(line)) skipped.set(line, `unreadable CSV row: ${reason}`);
      },
    }),
  );
  let plan: ColumnPlan | undefined;
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield* release(info.lines);
    plan ??= planColumns(Object.keys(record), options.preset, overrides);
    yield { line: info.lines, ...rowToTicket(record, plan, rowOptions) };
  }
  yield* release(Number.POSITIVE_INFINITY);
}

/**
 * NDJSON: with the generic preset each line is a normalised Ticket as the API accepts it; with a
 * PSA preset each line is a flat object keyed by that PSA's export column names.
 */
async function* ndjsonRows(input: Readable, preset: PresetName, overrides: Partial<Record<ImportField, string>>, rowOptions: RowOptions): AsyncGenerator<ImportRow> {
  for await (const { line, text, tooLong } of readLines(input, MAX_RECORD_BYTES)) {
    if (tooLong) {
      yield { line, error: `line longer than ${MAX_RECORD_BYTES} bytes` };
      continue;
    }
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { line, error: 'not valid JSON' };
      continue;
    }
    if (!isRecord(value)) {
      yield { line, error: 'not a JSON object' };
      continue;
    }
    if (preset === 'generic' && Object.keys(overrides).length === 0) {
      const result = ticketSchema.safeParse({ ...value, source: value.source ?? rowOptions.source });
      const issue = result.success ? undefined : result.error.issues[0];
      yield result.success ? { line, ticket: result.data } : { line, error: `${issue?.path.join('.') || 'ticket'}: ${issue?.message ?? 'invalid'}` };
      continue;
    }
    const row = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, str(v)]));
    try {
      yield { line, ...rowToTicket(row, planColumns(Object.keys(row), preset, overrides), rowOptions) };
    } catch (err) {
      yield { line, error: (err as Error).message };
    }
  }
}
