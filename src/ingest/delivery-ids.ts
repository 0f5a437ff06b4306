import { WebhookPayloadError } from './errors.js';
import type { ReceivedDelivery } from './types.js';

/** The longest external id a ticket may have (as ticketSchema allows). */
export const MAX_EXTERNAL_ID = 200;

/**
 * Ids a delivery only points to (records to fetch back, tickets deleted) are not validated as a
 * ticket is, yet a fetch-back row is stored under them: one over the limit would be stored and
 * then be unreadable through the API, or overflow the index. Refused like any malformed payload.
 */
export function checkDeliveryIds(delivery: ReceivedDelivery): ReceivedDelivery {
  const check = (id: string | undefined, what: string, max = MAX_EXTERNAL_ID) => {
    if (id === undefined) return;
    if (id.trim() === '') throw new WebhookPayloadError(`${what} is blank`);
    if (id.length > max) throw new WebhookPayloadError(`${what} is ${id.length} characters long; at most ${max} are allowed`);
  };
  for (const ref of delivery.fetchBack) {
    // A note of an unknown ticket waits under "note:<id>" until its ticket is fetched.
    const prefix = ref.entity === 'note' && ref.ticketExternalId === undefined ? 'note:'.length : 0;
    check(ref.externalId, `the ${ref.entity} id to fetch`, MAX_EXTERNAL_ID - prefix);
    check(ref.ticketExternalId, `the ticket id of the ${ref.entity} to fetch`);
  }
  for (const id of delivery.deleted) check(id, 'the deleted ticket id');
  return delivery;
}
