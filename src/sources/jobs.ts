import type { JobHandlers } from '../queue/jobs.js';
import type { Services } from '../services.js';
import { runBackfill } from './backfill.js';

export function sourceJobHandlers(services: Services): Pick<JobHandlers, 'backfill'> {
  return {
    backfill: async ({ tenantId, sourceId }) => {
      await runBackfill(services, tenantId, sourceId);
    },
  };
}
