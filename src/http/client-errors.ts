import { randomUUID } from 'node:crypto';
import { maxHeaderSize, STATUS_CODES, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyInstance } from 'fastify';

interface Refusal {
  statusCode: number;
  code: string;
  message: string;
}

/** What went wrong, from the error Node's HTTP parser (llhttp) or server raised. */
function refusalFor(error: ConnectionError & { reason?: string }): Refusal {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return { statusCode: 431, code: 'HEADERS_TOO_LARGE', message: `the request headers are larger than ${Math.round(maxHeaderSize / 1024)} KB in total; send fewer or shorter headers` };
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return { statusCode: 408, code: 'REQUEST_TIMEOUT', message: 'the request was not received in full in time; send it again' };
  // llhttp's reasons are fixed texts that name the header at fault, e.g. "Invalid character in
  // Content-Length" or "Transfer-Encoding can't be present with Content-Length".
  if (error.code?.startsWith('HPE_'))
    return { statusCode: 400, code: 'BAD_REQUEST_FRAMING', message: `the request is not valid HTTP/1.1: ${error.reason ?? error.message}` };
  return { statusCode: 400, code: 'BAD_REQUEST', message: 'the request could not be read' };
}

/**
 * Fastify's `clientErrorHandler`: requests Node refuses before Fastify sees them (a malformed
 * Content-Length, both Transfer-Encoding and Content-Length, headers over the size limit) are
 * answered in the API's error shape with a fresh request id, instead of Fastify's
 * `{"error":"Bad Request","message":"Client Error"}`. The connection is then closed, as Fastify
 * and Node do: the parser cannot tell where the next request on it would start.
 * `this` is the Fastify instance (Fastify binds it).
 */
export function clientErrorHandler(this: FastifyInstance, error: ConnectionError, socket: Socket): void {
  // A reset connection is already gone: nothing to answer, nothing worth a log line.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const refusal = refusalFor(error);
  const requestId = randomUUID();
  // Not the error itself: its rawPacket holds the request's bytes, Authorization header included.
  this.log.info({ reqId: requestId, statusCode: refusal.statusCode, errorCode: error.code }, `request refused before routing: ${refusal.message}`);
  // As Node does: once a response on this connection has started, more bytes would corrupt it.
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const body = JSON.stringify({ ...refusal, requestId });
    socket.write(
      `HTTP/1.1 ${refusal.statusCode} ${STATUS_CODES[refusal.statusCode]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
