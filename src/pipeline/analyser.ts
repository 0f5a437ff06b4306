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

/** Writes an analysis result; runs inside the transaction that marks the batch processed. */
export type AnalysisCommit = (tx: Queryable) => Promise<void>;

/**
 * The analysis step of the pipeline: the theme engine plugs in here. It runs under the tenant's
 * lock. The CPU work (cleaning, assignment) happens before the transaction opens, so the
 * transaction holds only writes: on the embedded store a transaction blocks every other query,
 * ingest included. The returned commit writes the result together with the state change, so
 * both land or neither does.
 */
export interface Analyser {
  analyse(tenantId: string, batch: PendingTicket[], db: Queryable): Promise<AnalysisCommit>;
  /** The transaction rolled back: drop any in-memory state for the tenant. */
  forget(tenantId: string): void;
}
