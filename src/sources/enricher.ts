import type pino from 'pino';
import { ZodError } from 'zod';
import type { Db } from '../db/db.js';
import { TicketMappingError, VendorApiError } from '../ingest/index.js';
import type { Enricher } from '../pipeline/process-tenant.js';
import { PermanentJobError } from '../queue/jobs.js';
import { ticketSchema } from '../tickets/ticket-schema.js';
import type { TicketStore } from '../tickets/ticket-store.js';
import { SecretDecryptError } from './secret-box.js';
import type { SourceStore } from './source-store.js';
import type { NeedsFetch } from './store-delivery.js';
import type { VendorClientFor } from './vendor-clients.js';

/** Failures another attempt cannot fix: bad credentials, an unmappable record, a bad config. */
export function isPermanent(err: unknown): boolean {
  if (err instanceof VendorApiError) return [400, 401, 403].includes(err.status);
  return err instanceof TicketMappingError || err instanceof ZodError || err instanceof SecretDecryptError || err instanceof PermanentJobError;
}

/**
 * The worker's fetch-back: reads the full ticket from the vendor with the source's credentials and
 * writes it over the row (normalised columns and raw), clearing needs_fetch. A placeholder whose
 * ticket no longer exists (or whose note turned out to belong to a ticket stored under its own id)
 * is deleted, so it is never analysed; a full ticket that vanished keeps its data.
 */
export function createEnricher(deps: { db: Db; tickets: TicketStore; sources: SourceStore; clientFor: VendorClientFor; log: pino.Logger }): Enricher {
  return async (tenantId, ticketId, needsFetch) => {
    const { sourceId, ref } = needsFetch as NeedsFetch;
    if (!sourceId || !ref?.externalId) throw new PermanentJobError('needs_fetch does not name a source and record');
    const row = (
      await deps.db.query<{ external_id: string; placeholder: boolean }>(
        `SELECT external_id, COALESCE(raw->>'placeholder', 'false') = 'true' AS placeholder FROM tickets WHERE id = $1 AND tenant_id = $2`,
        [ticketId, tenantId],
      )
    ).rows[0];
    if (!row) return;
    try {
      const source = await deps.sources.credentials(tenantId, sourceId);
      const client = source && deps.clientFor(source);
      if (!source || !client) return await settle(ticketId, row.placeholder);
      const fetched = await client.fetchTicket(ref);
      if (!fetched) return await settle(ticketId, row.placeholder);
      const ticket = ticketSchema.parse(fetched);
      await deps.db.transaction(async (tx) => {
        await deps.tickets.ingest(tenantId, [{ ticket, raw: { fetchedFrom: source.kind, ticket: fetched } }], tx);
        if (ticket.externalId !== row.external_id && row.placeholder) await tx.query('DELETE FROM tickets WHERE id = $1', [ticketId]);
        else await tx.query('UPDATE tickets SET needs_fetch = NULL WHERE id = $1', [ticketId]);
      });
    } catch (err) {
      deps.log.warn({ tenantId, ticketId, sourceId, err: (err as Error).message }, 'fetch-back failed');
      if (isPermanent(err) && !(err instanceof PermanentJobError)) throw new PermanentJobError((err as Error).message);
      throw err;
    }
  };

  async function settle(ticketId: string, placeholder: boolean) {
    if (placeholder) await deps.db.query('DELETE FROM tickets WHERE id = $1', [ticketId]);
    else await deps.db.query('UPDATE tickets SET needs_fetch = NULL WHERE id = $1', [ticketId]);
  }
}
