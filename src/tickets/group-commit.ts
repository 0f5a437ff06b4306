import type { Db } from '../db/db.js';
import type { IncomingTicket, StoredRef, TicketStore } from './ticket-store.js';

interface Waiting {
  tenantId: string;
  incoming: IncomingTicket[];
  resolve: (refs: StoredRef[]) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for ingest: requests that arrive while a commit is in flight are stored together
 * in the next transaction, so many requests share one WAL flush instead of paying one each. Every
 * caller still resolves only after its own tickets are committed. No timers: a lone request is
 * committed at once; batching only happens under load.
 */
export function createGroupCommit(db: Db, store: TicketStore, maxInFlight = 2) {
  let waiting: Waiting[] = [];
  let inFlight = 0;

  async function commitTogether(group: Waiting[]): Promise<StoredRef[][]> {
    return db.transaction(async (tx) => {
      const results: StoredRef[][] = [];
      for (const w of group) results.push(await store.ingest(w.tenantId, w.incoming, tx));
      return results;
    });
  }

  async function flush(group: Waiting[]) {
    try {
      const results = await commitTogether(group);
      group.forEach((w, i) => w.resolve(results[i]));
    } catch (err) {
      if (group.length === 1) return group[0].reject(err);
      // Never let one request's failure fail the others: retry each on its own.
      for (const w of group) await commitTogether([w]).then((r) => w.resolve(r[0]), w.reject);
    }
  }

  function pump() {
    while (inFlight < maxInFlight && waiting.length > 0) {
      const group = waiting;
      waiting = [];
      inFlight++;
      void flush(group).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  return {
    ingest(tenantId: string, incoming: IncomingTicket[]): Promise<StoredRef[]> {
      return new Promise((resolve, reject) => {
        waiting.push({ tenantId, incoming, resolve, reject });
        pump();
      });
    },
  };
}
