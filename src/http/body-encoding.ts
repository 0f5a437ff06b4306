import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

/**
 * Refuses request bodies this service would misread. Nothing here decompresses or transcodes:
 * every body parser (and every webhook signature check) reads the raw bytes as uncompressed
 * UTF-8, so a gzipped body turned into "malformed JSON" full of binary, a plain body sent with a
 * gzip header was accepted as if nothing were odd, and UTF-16 JSON was decoded as UTF-8.
 */

/** The same test Fastify uses to decide whether there is a body to parse at all. */
function hasBody(request: FastifyRequest): boolean {
  const { 'transfer-encoding': transferEncoding, 'content-length': contentLength } = request.headers;
  return transferEncoding !== undefined || (contentLength !== undefined && contentLength !== '0');
}

/** Header values are the client's text: quoted in messages, but never at any length. */
function quoted(value: string): string {
  return value.length > 100 ? `${value.slice(0, 100)}…` : value;
}

/**
 * `Content-Encoding` other than identity on a request with a body: 415 UNSUPPORTED_CONTENT_ENCODING.
 * A preParsing hook registered before any route: it runs after authentication (onRequest) and
 * before every body parser, including the webhook scope's own, which takes any body as a Buffer.
 * It refuses before the webhook signature is checked; a compressed delivery failed that check or
 * JSON parsing anyway, and now the PSA's log says why.
 */
export function refuseEncodedBodies(app: FastifyInstance) {
  app.addHook('preParsing', async (request) => {
    const header = request.headers['content-encoding'];
    if (header === undefined || !hasBody(request)) return;
    const codings = header.split(',').map((c) => c.trim().toLowerCase());
    if (codings.every((c) => c === '' || c === 'identity')) return;
    throw new HttpError(415, 'UNSUPPORTED_CONTENT_ENCODING', `Content-Encoding ${quoted(header)} is not supported; send the body uncompressed`);
  });
}

/** Charsets UTF-8 decoding reads correctly: UTF-8 itself, and ASCII, a subset of it. */
const readableCharsets = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/**
 * `Content-Type: application/json; charset=<anything but UTF-8>` with a body: 415 UNSUPPORTED_CHARSET
 * naming the charset. The JSON parser decodes every body as UTF-8 (as RFC 8259 requires JSON to
 * be), so a body declared UTF-16 or Latin-1 was silently stored as mojibake or refused as
 * malformed. Registered in the API scope only: a PSA cannot change what it sends and would retry
 * a refusal for days, so webhooks keep being read as they are (see storable-text.ts).
 */
export function refuseNonUtf8Json(scope: FastifyInstance) {
  scope.addHook('preParsing', async (request) => {
    const header = request.headers['content-type'];
    if (header === undefined || !hasBody(request)) return;
    const [essence, ...params] = header.split(';');
    if (essence.trim().toLowerCase() !== 'application/json') return;
    for (const param of params) {
      const eq = param.indexOf('=');
      if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
      const charset = param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
      if (readableCharsets.has(charset.toLowerCase())) continue;
      throw new HttpError(415, 'UNSUPPORTED_CHARSET', `Content-Type charset ${quoted(charset)} is not supported; send JSON encoded as UTF-8`);
    }
  });
}
