import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * What a client may choose as its request id: ids from proxies and tracing (UUIDs, ULIDs,
 * `trace:span`) fit; markup, spaces and kilobytes do not.
 */
const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id of a request: the client's `X-Request-Id` when it is an acceptable one, otherwise a new
 * UUID. The id is echoed in every error body and written to every log line, so an unchecked
 * header put `<script>` or 8,000 characters into both.
 */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && acceptable.test(given) ? given : randomUUID();
}
