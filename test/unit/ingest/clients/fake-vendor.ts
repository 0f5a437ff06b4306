import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local stand-in for a vendor API: real HTTP on port 0, routes written per test. */
export interface FakeRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}
export interface FakeResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function startFakeVendor(handler: (req: FakeRequest) => FakeResponse | Promise<FakeResponse>) {
  const requests: FakeRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const fake = { method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://fake'), headers: req.headers, body: Buffer.concat(chunks).toString() };
      requests.push(fake);
      const out = await handler(fake);
      res.writeHead(out.status ?? 200, { 'content-type': 'application/json', ...out.headers });
      res.end(out.body === undefined ? '' : JSON.stringify(out.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** A fetch that sends requests for `vendorOrigin` to this server and refuses any other host. */
    fetchFor(vendorOrigin: string): typeof fetch {
      return (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        if (url.origin !== vendorOrigin) return Promise.reject(new Error(`unexpected host ${url.origin}`));
        return fetch(`${origin}${url.pathname}${url.search}`, init);
      };
    },
  };
}

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export const unauthorized: FakeResponse = { status: 401, body: { message: 'unauthorized' } };

/** Records requested sleeps instead of waiting. */
export function recordingSleep() {
  const calls: number[] = [];
  return { calls, sleep: async (ms: number) => void calls.push(ms) };
}
