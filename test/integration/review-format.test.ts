import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, ticket, type Harness } from '../support/harness.js';

/** GET /v1/reviews comes as JSON, Markdown or HTML: ?format= decides, else the Accept header. */
describe('review format negotiation', () => {
  let h: Harness;
  let auth: { authorization: string };
  beforeAll(async () => {
    h = await startHarness('embedded');
    const t = await h.tenant();
    auth = t.auth;
    // Stored on the 202; a review needs nothing more than a ticket of the client.
    const res = await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: auth, payload: [ticket(), ticket()] });
    expect(res.statusCode).toBe(202);
  });
  afterAll(() => h.stop());

  const review = (accept?: string, query = '') =>
    h.app!.inject({ method: 'GET', url: `/v1/reviews?client=acme${query}`, headers: { ...auth, ...(accept === undefined ? {} : { accept }) } });
  const formatOf = (res: { statusCode: number; headers: Record<string, unknown> }) => {
    expect(res.statusCode).toBe(200);
    const type = String(res.headers['content-type']);
    return type.startsWith('application/json') ? 'json' : type.startsWith('text/markdown') ? 'markdown' : type.startsWith('text/html') ? 'html' : type;
  };

  it('JSON without an Accept header or with */*; responses say they vary by Accept', async () => {
    const plain = await review();
    expect(formatOf(plain)).toBe('json');
    expect(plain.json().client.id).toBe('acme');
    expect(plain.headers.vary).toBe('Accept');
    expect(formatOf(await review('*/*'))).toBe('json');
  });

  it('the type the client prefers, not the first one it mentions', async () => {
    expect(formatOf(await review('text/markdown, text/html'))).toBe('markdown');
    expect(formatOf(await review('text/html;q=0.5, text/markdown'))).toBe('markdown');
    expect(formatOf(await review('text/html;q=0, */*'))).toBe('json');
    expect(formatOf(await review('text/*'))).toBe('markdown');
    expect(formatOf(await review('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'))).toBe('html');
  });

  it('a 406 naming what a review comes in when the client accepts none of it, HTML refused included', async () => {
    for (const accept of ['application/xml', 'text/html;q=0']) {
      const res = await review(accept);
      expect(res.statusCode).toBe(406);
      expect(res.json()).toMatchObject({
        statusCode: 406,
        code: 'NOT_ACCEPTABLE',
        message: expect.stringContaining(`Accept ${accept} allows none of the formats a review comes in: application/json, text/markdown, text/html`),
        requestId: expect.any(String),
      });
    }
  });

  it('?format= still wins over Accept', async () => {
    const res = await review('application/xml', '&format=html');
    expect(formatOf(res)).toBe('html');
    expect(res.body).toContain('<html');
    expect(formatOf(await review('text/html', '&format=json'))).toBe('json');
  });
});
