/**
 * A rebuild or consolidation from the command line needs the tenant's lock, which a worker holds
 * while it analyses a batch (seconds at most). Failing at once would send the engineer to retry
 * by hand; waiting a while, and saying so, is what they want.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { TenantBusyError } from '../themes/consolidate-tenant.js';

export async function whenTenantFree<T>(
  work: () => Promise<T>,
  { waitMs = 120_000, pollMs = 500, onWait = (m: string) => console.error(m) }: { waitMs?: number; pollMs?: number; onWait?: (message: string) => void } = {},
): Promise<T> {
  const until = Date.now() + waitMs;
  for (let told = false; ; told = true) {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof TenantBusyError) || Date.now() + pollMs > until) throw err;
      if (!told) onWait('another process is working on this tenant; waiting for it to finish...');
      await sleep(pollMs);
    }
  }
}
