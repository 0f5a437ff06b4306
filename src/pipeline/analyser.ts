import type { Queryable } from '../db/db.js';

/** A pending ticket as the pipeline reads it from the outbox. */
export interface PendingTicket {
  id: string;
  seq: number;
  contentHash: string;
  source: string;
  title: string;
  description: string | null;
  notes: Array<{ text: string; kind: string }> | null;
  resolution: string | null;
  createdAt: Date;
  clientId: string | null;
  contactId: string | null;
  deviceId: string | null;
  themeId: string | null;
  attempts: number;
}

/**
 * The analysis step of the pipeline: the theme engine plugs in here. It runs under the tenant's
 * lock, inside the transaction that marks the batch processed, so its writes and the state change
 * commit together or not at all.
 */
export interface Analyser {
  analyse(tenantId: string, batch: PendingTicket[], tx: Queryable): Promise<void>;
  /** The transaction rolled back: drop any in-memory state for the tenant. */
  forget(tenantId: string): void;
}
