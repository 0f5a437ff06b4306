import type { TicketInput } from '../tickets/ticket-schema.js';
import type { SourceKind } from './source-kinds.js';

/** The raw HTTP delivery as the route saw it: signatures are computed over these exact bytes. */
export interface WebhookRequest {
  rawBody: Buffer;
  /** Header names lower-cased; repeated headers joined by the route as it likes. */
  headers: Record<string, string | undefined>;
  now: Date;
}

/** The source's webhook secret; `previous` stays valid until `validUntil` so a rotation has no downtime. */
export interface SourceSecrets {
  current: string;
  previous?: { secret: string; validUntil: Date };
}

/**
 * Something the worker must fetch from the vendor API because the delivery was partial. Pass it to
 * createVendorClient(...).fetchTicket: `note` refs resolve to their ticket; `configuration` refs
 * resolve to null today (device renames are not tracked), so the worker can simply drop them.
 */
export interface FetchBackRef {
  entity: 'ticket' | 'note' | 'configuration';
  externalId: string;
  ticketExternalId?: string;
}

export interface ReceivedDelivery {
  /** The vendor's delivery id when it sends one (stable across retries), for de-duplication. */
  deliveryId: string | null;
  /** Full tickets mapped to the normalised shape, already validated with ticketSchema. */
  tickets: TicketInput[];
  /** Records the worker must fetch back (createVendorClient(...).fetchTicket). */
  fetchBack: FetchBackRef[];
  /** External ids deleted in the PSA. */
  deleted: string[];
}

export interface ReceiverDeps {
  fetch: typeof fetch;
  /**
   * The source's decrypted config. ConnectWise needs it: its signing key comes from a URL inside the
   * body, so any ConnectWise tenant can produce a valid signature; the receiver pins CompanyId to it.
   */
  config?: unknown;
}

export interface WebhookReceiver {
  kind: SourceKind;
  /** Throws WebhookAuthError on any failure. */
  verify(req: WebhookRequest, secrets: SourceSecrets, deps: ReceiverDeps): Promise<void>;
  /** Throws WebhookPayloadError on a malformed body. Call only after verify succeeded. */
  parse(req: WebhookRequest): ReceivedDelivery;
}

export interface VendorClient {
  /** The full ticket (with notes where the vendor keeps text there); null when it no longer exists. */
  fetchTicket(ref: FetchBackRef): Promise<TicketInput | null>;
  /**
   * Tickets updated since `since`; pass `next` back as `cursor` until it is null. Records that cannot
   * be mapped are listed in `skipped` instead of failing the page, so one odd ticket cannot stall a backfill.
   */
  backfillPage(since: Date, cursor: string | null): Promise<{ tickets: TicketInput[]; next: string | null; skipped?: SkippedRecord[] }>;
}

export interface SkippedRecord {
  externalId: string;
  reason: string;
}

export interface ClientDeps {
  fetch: typeof fetch;
  /** Injected so tests of Retry-After and back-off run instantly. */
  sleep?: (ms: number) => Promise<void>;
}
