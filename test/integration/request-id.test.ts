import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('X-Request-Id', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('embedded');
  });
  afterAll(() => h.stop());

  /** The request id an error body reports (a missing key: a 401 any client can provoke). */
  const reported = async (id?: string) => {
    const res = await h.app!.inject({ method: 'GET', url: '/v1/themes', headers: id === undefined ? {} : { 'x-request-id': id } });
    expect(res.statusCode).toBe(401);
    return res.json().requestId as string;
  };

  it("a client's own id (a UUID, a trace id, up to 128 characters) is kept, so it can find its request in our logs", async () => {
    for (const id of ['3f1c2a9e-7b1d-4c2e-9f00-0a1b2c3d4e5f', 'trace:01HZX9K2.span_7-a', 'a'.repeat(128)]) expect(await reported(id)).toBe(id);
  });

  it('markup, spaces, or an over-long id are not echoed back; a fresh id is made instead', async () => {
    for (const id of ['<script>alert(1)</script>', 'a'.repeat(8000), 'a'.repeat(129), 'two words', 'é']) {
      const got = await reported(id);
      expect(got).not.toBe(id);
      expect(got).toMatch(uuid);
    }
  });

  it('without the header, every request gets its own id', async () => {
    const [a, b] = [await reported(), await reported()];
    expect(a).toMatch(uuid);
    expect(b).toMatch(uuid);
    expect(a).not.toBe(b);
  });
});
