/**
 * The few errors connector code throws. The HTTP layer maps WebhookAuthError to 401 and
 * WebhookPayloadError to 400; `reason` is safe to log (never contains secrets or ticket text).
 */
export class WebhookAuthError extends Error {
  readonly code = 'webhook_auth_failed';
  constructor(readonly reason: string) {
    super(`webhook rejected: ${reason}`);
    this.name = 'WebhookAuthError';
  }
}

export class WebhookPayloadError extends Error {
  readonly code = 'webhook_payload_invalid';
  constructor(readonly reason: string) {
    super(`webhook payload invalid: ${reason}`);
    this.name = 'WebhookPayloadError';
  }
}

/** A vendor API call failed for good (after retries); `status` is 0 for network errors. */
export class VendorApiError extends Error {
  readonly code = 'vendor_api_error';
  constructor(
    readonly vendor: string,
    readonly status: number,
    message: string,
  ) {
    super(`${vendor} API: ${message}`);
    this.name = 'VendorApiError';
  }
}

/** A vendor record exists but cannot become a Ticket (e.g. no title): permanent, do not retry. */
export class TicketMappingError extends Error {
  readonly code = 'ticket_mapping_failed';
  constructor(
    readonly vendor: string,
    readonly externalId: string,
    readonly reason: string,
  ) {
    super(`${vendor} ticket ${externalId} cannot be mapped: ${reason}`);
    this.name = 'TicketMappingError';
  }
}
