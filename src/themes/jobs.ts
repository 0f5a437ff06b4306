import type { Db } from '../db/db.js';
import type { JobQueue } from '../queue/jobs.js';
import { consolidateTenant } from './consolidate-tenant.js';
import type { ThemeState } from './theme-state.js';

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
