import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness.js';

/** A method a path does not support is a 405 listing the ones it does; an unknown path stays a 404. */
describe('unsupported methods', () => {
  let h: Harness;
  let auth: { authorization: string };
  beforeAll(async () => {
    h = await startHarness('embedded');
    auth = (await h.tenant()).auth;
  });
  afterAll(() => h.stop());

  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, headers: Record<string, string> = auth) =>
    h.app!.inject({ method, url, headers });

  const expect405 = (res: Awaited<ReturnType<typeof call>>, allow: string) => {
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe(allow);
    expect(res.json()).toMatchObject({ statusCode: 405, code: 'METHOD_NOT_ALLOWED', message: expect.stringContaining(`it allows ${allow}`), requestId: expect.any(String) });
  };

  it('PUT /v1/tickets is a 405 allowing POST, naming the method and path', async () => {
    const res = await call('PUT', '/v1/tickets?dryRun=1');
    expect405(res, 'POST');
    expect(res.json().message).toContain('PUT is not allowed on /v1/tickets');
  });

  it('DELETE /v1/themes/abc is a 405 listing what a theme supports', async () => expect405(await call('DELETE', '/v1/themes/abc'), 'GET, HEAD, PATCH'));

  it('read-only collections and the webhook receiver say so too', async () => {
    expect405(await call('POST', '/v1/themes'), 'GET, HEAD');
    expect405(await call('GET', '/webhooks/halopsa/some-source', {}), 'POST');
  });

  it('the Allow list is the same without an API key (which routes exist is public in the API docs)', async () =>
    expect405(await call('PUT', '/v1/tickets', {}), 'POST'));

  it('a trailing slash reaches the same route (it was a 400 on an empty id), and its 405 too', async () => {
    const list = await call('GET', '/v1/themes/');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ items: expect.any(Array) });
    expect405(await call('PUT', '/v1/tickets/'), 'POST');
  });

  it('paths that do not exist under any method are still a 404', async () => {
    for (const [method, url] of [['GET', '/v1/nothing'], ['PUT', '/v1/nothing'], ['DELETE', '/v1/tickets/abc/extra']] as const) {
      const res = await call(method, url);
      expect(res.statusCode).toBe(404);
      expect(res.headers.allow).toBeUndefined();
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: `no route ${method} ${url}` });
    }
  });
});
