import type { Db } from '../db/db.js';
import type { JobQueue } from '../queue/jobs.js';
import { consolidateTenant } from './consolidate-tenant.js';
import type { ThemeState } from './theme-state.js';

/** New tickets since the last consolidation that make a burst worth consolidating at once. */
export const BURST_MIN_TICKETS = 100;
/** ...when they are at least this share of the tickets that were there before them. */
export const BURST_GROWTH = 0.25;

/**
 * Whether a tenant should be consolidated now rather than at the next scheduled sweep: streaming
 * alone leaves near-duplicate and mixed themes that consolidation sorts out, so after a first
 * load (a demo, an export posted to the API) themes looked wrong for up to the whole interval.
 * A trickle of tickets into a large history waits for the schedule.
 */
export function burstNeedsConsolidation(changedSince: number, processedTotal: number): boolean {
  return changedSince >= BURST_MIN_TICKETS && changedSince >= BURST_GROWTH * Math.max(0, processedTotal - changedSince);
}

/** After an analyse job: consolidates a tenant that has just taken in a burst of tickets. */
export async function consolidateAfterBurst(db: Db, queue: JobQueue, tenantId: string): Promise<boolean> {
  const state = await db.query<{ changed: number }>('SELECT changed_since_consolidation AS changed FROM engine_state WHERE tenant_id = $1', [tenantId]);
  const changed = state.rows[0]?.changed ?? 0;
  if (changed < BURST_MIN_TICKETS) return false;
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM tickets WHERE tenant_id = $1 AND processing_state = 'processed'`, [tenantId]);
  if (!burstNeedsConsolidation(changed, total.rows[0].n)) return false;
  await queue.enqueue('consolidate', { tenantId });
  return true;
}

/** The scheduled sweep: every tenant whose themes changed since its last consolidation. */
export async function enqueueDueConsolidations(db: Db, queue: JobQueue): Promise<void> {
  const r = await db.query<{ tenant_id: string }>('SELECT tenant_id FROM engine_state WHERE changed_since_consolidation > 0');
  for (const { tenant_id } of r.rows) await queue.enqueue('consolidate', { tenantId: tenant_id });
}

export function themeJobHandlers(db: Db, queue: JobQueue, state: ThemeState, afterConsolidation: (tenantId: string) => Promise<void>) {
  return {
    consolidate: async ({ tenantId }: { tenantId: string }) => {
      await consolidateTenant(db, state, tenantId);
      await afterConsolidation(tenantId);
    },
    'consolidate-due': async () => {
      await enqueueDueConsolidations(db, queue);
    },
  };
}
