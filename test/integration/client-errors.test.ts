import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPsaHarness, type PsaHarness } from '../support/psa.js';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: any;
}

/**
 * Requests Node's HTTP parser refuses never reach Fastify's routing, and `inject` bypasses that
 * parser: these go over a real socket. Resolves once the server has closed the connection.
 */
function sendRaw(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => reject(new Error(`the server kept the connection open; received: ${received}`)), 5_000);
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    // A reset after the answer (the server closes with our bytes unread) is how it ends, not a failure.
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      const [head, body = ''] = received.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      try {
        resolve({ status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) });
      } catch {
        reject(new Error(`not a JSON answer: ${received}`));
      }
    });
    socket.write(request);
  });
}

describe('requests refused by the HTTP parser get the API error shape', () => {
  let h: PsaHarness;
  let port: number;
  beforeAll(async () => {
    // This harness keeps the log lines: a refusal is logged under its request id.
    h = await startPsaHarness('embedded');
    await h.app!.listen({ port: 0, host: '127.0.0.1' });
    port = (h.app!.server.address() as AddressInfo).port;
  });
  afterAll(() => h.stop());

  const post = (headers: string, body = '{}') => `POST /v1/tickets HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n${headers}\r\n\r\n${body}`;

  const expectRefusal = (res: RawResponse, status: number, code: string, mentions: string) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({ statusCode: status, code, message: expect.stringContaining(mentions), requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  };

  it('a Content-Length that is not a number, naming it', async () =>
    expectRefusal(await sendRaw(port, post('Content-Length: abc')), 400, 'BAD_REQUEST_FRAMING', 'Content-Length'));

  it('both Transfer-Encoding and Content-Length (a request-smuggling shape), naming them', async () =>
    expectRefusal(await sendRaw(port, post('Content-Length: 7\r\nTransfer-Encoding: chunked', '2\r\n{}\r\n0\r\n\r\n')), 400, 'BAD_REQUEST_FRAMING', 'Transfer-Encoding'));

  it('Content-Length given twice', async () =>
    expectRefusal(await sendRaw(port, post('Content-Length: 2\r\nContent-Length: 3')), 400, 'BAD_REQUEST_FRAMING', 'Content-Length'));

  it('headers of 20 KB are a 431', async () =>
    expectRefusal(await sendRaw(port, `GET /v1/themes HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`), 431, 'HEADERS_TOO_LARGE', 'headers are larger than 16 KB'));

  it('each refusal has its own request id, and a well-formed request on a new connection is served as before', async () => {
    const [a, b] = [await sendRaw(port, post('Content-Length: abc')), await sendRaw(port, post('Content-Length: abc'))];
    expect(a.body.requestId).not.toBe(b.body.requestId);
    const ok = await fetch(`http://127.0.0.1:${port}/v1/themes`);
    expect(ok.status).toBe(401);
    expect(await ok.json()).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('the refusal is logged under its request id, without the request bytes (its API key)', async () => {
    const res = await sendRaw(port, post('Authorization: Bearer rk_never_logged_0123\r\nContent-Length: abc'));
    const lines = h.logs.filter((l) => l.includes(res.body.requestId));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Content-Length');
    // Neither as text nor as the bytes of a serialised Buffer.
    const logged = h.logs.join('');
    expect(logged).not.toContain('rk_never_logged_0123');
    expect(logged).not.toContain([...Buffer.from('rk_never_logged_0123')].join(','));
  });
});
