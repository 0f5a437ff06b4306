import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { openExport, parseTicketImport, type PresetName } from '../ingest/index.js';
import type { Services } from '../services.js';
import { ticketSchema } from '../tickets/ticket-schema.js';
import type { IncomingTicket } from '../tickets/ticket-store.js';
import { UsageError } from './args.js';
import { createProgress } from './progress.js';

export const IMPORT_BATCH = 500;
const SHOWN_REJECTIONS = 20;

export interface ImportSummary {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  firstRejections: Array<{ line: number; error: string }>;
}

export function importFormat(file: string, flag?: string): 'csv' | 'ndjson' {
  if (flag === 'csv' || flag === 'ndjson') return flag;
  if (flag) throw new UsageError(`--format must be csv or ndjson, not "${flag}"`);
  return ['.ndjson', '.jsonl'].includes(extname(file).toLowerCase()) ? 'ndjson' : 'csv';
}

/**
 * Streams an export into the ticket store in batches of 500 (constant memory), through the same
 * idempotent store as the API: a re-run updates nothing it already holds. Rejected rows are
 * counted and the first few kept with their line numbers. Consolidation is enqueued at the end.
 */
export async function importTickets(
  services: Services,
  tenantId: string,
  file: string,
  options: { format: 'csv' | 'ndjson'; preset: PresetName; map?: string; source?: string },
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<ImportSummary> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no file at ${file}`);
  const size = statSync(file).size;
  const { bytes, text, delimiter } = openExport(file);
  const progress = createProgress(stderr, size, () => bytes.bytesRead);
  const summary: ImportSummary = { rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, firstRejections: [] };
  let batch: IncomingTicket[] = [];
  const reject = (line: number, error: string) => {
    summary.rejected++;
    if (summary.firstRejections.length < SHOWN_REJECTIONS) summary.firstRejections.push({ line, error });
  };
  const flush = async () => {
    if (batch.length === 0) return;
    for (const s of await services.ingest(tenantId, batch)) summary[s.outcome]++;
    batch = [];
  };
  try {
    for await (const row of parseTicketImport(text, { format: options.format, preset: options.preset, map: options.map, source: options.source, delimiter })) {
      summary.rows++;
      if ('error' in row) reject(row.line, row.error);
      else {
        const parsed = ticketSchema.safeParse(row.ticket);
        if (parsed.success) batch.push({ ticket: parsed.data, raw: row.ticket });
        else reject(row.line, parsed.error.issues[0]?.message ?? 'invalid ticket');
      }
      if (batch.length >= IMPORT_BATCH) await flush();
      progress.update(summary.rows);
    }
    await flush();
  } finally {
    bytes.destroy();
    text.destroy();
    progress.done(summary.rows);
  }
  if (summary.created + summary.updated > 0) await services.queue.enqueue('consolidate', { tenantId });
  return summary;
}
