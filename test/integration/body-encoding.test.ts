import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticket } from '../support/harness.js';
import { sign, startPsaHarness, type PsaHarness } from '../support/psa.js';

/** Bodies are read as uncompressed UTF-8: anything declared otherwise is a 415 that says so. */
describe('compressed or non-UTF-8 request bodies', () => {
  let h: PsaHarness;
  let auth: { authorization: string };
  beforeAll(async () => {
    h = await startPsaHarness('embedded');
    auth = (await h.tenant()).auth;
  });
  afterAll(() => h.stop());

  const postTicket = (payload: Buffer | string, headers: Record<string, string>) =>
    h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: { 'content-type': 'application/json', ...auth, ...headers }, payload });
  const stored = async (externalId: string) =>
    (await h.services.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets WHERE external_id = $1', [externalId])).rows[0].n;

  const expect415 = (res: { statusCode: number; json(): any }, code: string, mentions: string) => {
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ statusCode: 415, code, message: expect.stringContaining(mentions), requestId: expect.any(String) });
  };

  it('a gzipped JSON body is a 415 naming the header, not "malformed JSON" full of binary', async () => {
    const t = ticket();
    const res = await postTicket(gzipSync(JSON.stringify(t)), { 'content-encoding': 'gzip' });
    expect415(res, 'UNSUPPORTED_CONTENT_ENCODING', 'Content-Encoding gzip is not supported; send the body uncompressed');
    expect(await stored(t.externalId)).toBe(0);
  });

  it('a plain body sent with a compression header is refused, not taken as it is', async () => {
    for (const coding of ['gzip', 'br', 'deflate', 'GZIP', 'identity, gzip']) {
      const t = ticket();
      expect415(await postTicket(JSON.stringify(t), { 'content-encoding': coding }), 'UNSUPPORTED_CONTENT_ENCODING', `Content-Encoding ${coding} `);
      expect(await stored(t.externalId)).toBe(0);
    }
  });

  it('identity is accepted, and a header on a request without a body changes nothing', async () => {
    const t = ticket();
    expect((await postTicket(JSON.stringify(t), { 'content-encoding': 'identity' })).statusCode).toBe(202);
    expect(await stored(t.externalId)).toBe(1);
    const get = await h.app!.inject({ method: 'GET', url: '/v1/themes', headers: { ...auth, 'content-encoding': 'gzip' } });
    expect(get.statusCode).toBe(200);
  });

  it('authentication is still checked first', async () => {
    const res = await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, payload: '{}' });
    expect(res.statusCode).toBe(401);
  });

  it('JSON declared in a charset other than UTF-8 is a 415 naming the charset', async () => {
    const t = ticket();
    const utf16 = Buffer.from(`\ufeff${JSON.stringify(t)}`, 'utf16le');
    expect415(await postTicket(utf16, { 'content-type': 'application/json; charset=utf-16' }), 'UNSUPPORTED_CHARSET', 'charset utf-16 is not supported');
    expect415(await postTicket(JSON.stringify(t), { 'content-type': 'application/json;charset="ISO-8859-1"' }), 'UNSUPPORTED_CHARSET', 'charset ISO-8859-1');
    expect(await stored(t.externalId)).toBe(0);
    for (const charset of ['utf-8', 'UTF-8', '"utf-8"', 'utf8'])
      expect((await postTicket(JSON.stringify(ticket()), { 'content-type': `application/json; charset=${charset}` })).statusCode, charset).toBe(202);
  });

  it('bytes that are not UTF-8 are a 400 and nothing is stored, instead of letters stored as U+FFFD', async () => {
    const t = ticket({ title: 'Drucker für Büro 2 druckt nicht' });
    const latin1 = Buffer.from(JSON.stringify(t), 'latin1');
    const res = await postTicket(latin1, {});
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'INVALID_UTF8', message: expect.stringContaining('not valid UTF-8') });
    expect(await stored(t.externalId)).toBe(0);
    expect((await postTicket(Buffer.from(JSON.stringify(t), 'utf8'), {})).statusCode).toBe(202);
  });

  describe('webhooks (their scope parses bodies itself)', () => {
    async function standardWebhook() {
      const t = await h.tenant();
      const res = await h.post('/v1/sources', { kind: 'standard-webhooks', config: {} }, t.auth);
      expect(res.statusCode).toBe(201);
      const source = res.json();
      return { tenantId: t.id, url: source.webhookUrl as string, secret: source.secret as string };
    }
    const signed = (secret: string, body: Buffer) => {
      const id = `msg_${randomUUID().replace(/-/g, '')}`;
      const ts = String(Math.floor(Date.now() / 1000));
      return { 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': sign.standardWebhooks(secret, id, ts, body) };
    };
    const delivery = (externalId: string) =>
      Buffer.from(JSON.stringify({ externalId, title: 'Backup job failed on FS01', status: 'closed', createdAt: '2026-11-02T09:00:00Z' }));
    const rows = async (tenantId: string) =>
      (await h.services.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets WHERE tenant_id = $1', [tenantId])).rows[0].n;

    it('a compressed delivery is a 415 and stores nothing, whether its signature covers the compressed or the plain bytes', async () => {
      const { tenantId, url, secret } = await standardWebhook();
      const plain = delivery('SW-gz');
      const gzipped = gzipSync(plain);
      expect415(await h.webhook(url, gzipped, { ...signed(secret, gzipped), 'content-encoding': 'gzip' }), 'UNSUPPORTED_CONTENT_ENCODING', 'Content-Encoding gzip');
      expect415(await h.webhook(url, plain, { ...signed(secret, plain), 'content-encoding': 'gzip' }), 'UNSUPPORTED_CONTENT_ENCODING', 'Content-Encoding gzip');
      expect(await rows(tenantId)).toBe(0);
    });

    it('an uncompressed delivery is still verified and stored; a wrong signature is still a 401', async () => {
      const { url, secret } = await standardWebhook();
      const plain = delivery('SW-plain');
      expect((await h.webhook(url, plain, { ...signed('d3Jvbmctc2VjcmV0LTEyMzQ1Njc4OTA=', plain), 'content-encoding': 'identity' })).statusCode).toBe(401);
      const res = await h.webhook(url, plain, { ...signed(secret, plain), 'content-encoding': 'identity' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'stored', tickets: 1 });
    });

    it('a declared charset is not refused (a PSA cannot change what it sends)', async () => {
      const { url, secret } = await standardWebhook();
      const plain = delivery('SW-latin1');
      const res = await h.webhook(url, plain, { ...signed(secret, plain), 'content-type': 'application/json; charset=ISO-8859-1' });
      expect(res.statusCode).toBe(200);
    });
  });
});
