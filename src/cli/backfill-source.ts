import type { Services } from '../services.js';
import { backfillProgress, requestBackfill, runBackfill, type BackfillView } from '../sources/backfill.js';
import { UsageError } from './args.js';

/** Runs a source's backfill in this process with a progress line per page (same job as the API's). */
export async function backfillSource(services: Services, sourceId: string, sinceText: string, stderr: NodeJS.WriteStream = process.stderr): Promise<BackfillView> {
  const since = new Date(sinceText);
  if (Number.isNaN(since.getTime())) throw new UsageError(`--since must be a date such as 2025-01-01, not "${sinceText}"`);
  const source = await services.sources.credentials(null, sourceId);
  if (!source) throw new UsageError(`no source with id "${sourceId}"`);
  await requestBackfill(services, source.tenantId, sourceId, since);
  const started = Date.now();
  try {
    await runBackfill(services, source.tenantId, sourceId, (p) => {
      const rate = Math.round(p.tickets / Math.max(0.001, (Date.now() - started) / 1000));
      stderr.write(`page ${p.pages}: ${p.tickets.toLocaleString('en')} tickets (${rate}/s), ${p.skipped} skipped\n`);
    });
  } catch (err) {
    // A vendor failure (the PSA unreachable, a 5xx) is recorded on the backfill with its message,
    // and the caller reports it in one line; the same command resumes from the last stored page.
    const recorded = await backfillProgress(services, source.tenantId, sourceId);
    if (recorded?.state !== 'failed') throw err;
  }
  return (await backfillProgress(services, source.tenantId, sourceId))!;
}
