import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modes } from '../support/harness.js';
import { startPsaHarness, type PsaHarness } from '../support/psa.js';

const autotaskConfig = { baseUrl: 'https://webservices5.autotask.net/atservicesrest', username: 'api@acme.example', secret: 'at-api-secret-7781', integrationCode: 'INTCODE-5521' };
const zendeskConfig = { subdomain: 'acme', email: 'agent@acme.example', apiToken: 'zd-token-99812', secret: 'zendesk-signing-secret-2231' };

describe.each(modes)('PSA sources (%s)', (mode) => {
  let h: PsaHarness;
  let auth: { authorization: string };
  beforeAll(async () => {
    h = await startPsaHarness(mode);
    auth = (await h.tenant()).auth;
  });
  afterAll(() => h.stop());

  const get = (url: string, headers = auth) => h.app!.inject({ method: 'GET', url, headers });
  const patch = (url: string, body: unknown) => h.app!.inject({ method: 'PATCH', url, headers: auth, payload: body as object });
  const fresh = (secret: string, id: string, body = '{"ticket":{"id":"1","subject":"Printer offline"}}') =>
    h.webhook(`/webhooks/freshservice/${id}`, body, { 'x-recurrence-secret': secret });

  it('creates a source, shows the generated secret once, and never returns secrets or credentials again', async () => {
    const res = await h.post('/v1/sources', { kind: 'autotask', name: 'Acme Autotask', config: autotaskConfig }, auth);
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ kind: 'autotask', name: 'Acme Autotask', webhookUrl: `/webhooks/autotask/${created.id}`, previousSecretValidUntil: null });
    expect(created.secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const shown = [(await get(`/v1/sources/${created.id}`)).body, (await get('/v1/sources')).body];
    for (const body of shown) {
      expect(body).toContain(created.id);
      for (const secret of [created.secret, autotaskConfig.secret, autotaskConfig.username, autotaskConfig.integrationCode]) expect(body).not.toContain(secret);
    }
    const row = (await h.services.db.query<Record<string, string>>('SELECT * FROM sources WHERE id = $1', [created.id])).rows[0]!;
    expect(JSON.stringify(row)).not.toContain(autotaskConfig.secret);
    expect(JSON.stringify(row)).not.toContain(created.secret);
  });

  it('takes the secret from the caller where the PSA generates it, and shows none back', async () => {
    const res = await h.post('/v1/sources', { kind: 'zendesk', config: zendeskConfig }, auth);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'zendesk', name: 'zendesk' });
    expect(res.json().secret).toBeUndefined();
    expect(res.body).not.toContain(zendeskConfig.secret);
  });

  it('refuses invalid credentials naming the field, not its value', async () => {
    const res = await h.post('/v1/sources', { kind: 'autotask', config: { ...autotaskConfig, baseUrl: 'http://10.0.0.5/atservicesrest' } }, auth);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.json().message).toContain('body.config.baseUrl');
    expect(res.body).not.toContain('10.0.0.5');
    expect((await h.post('/v1/sources', { kind: 'nope', config: {} }, auth)).statusCode).toBe(400);
    // A query or fragment would ride along on every API path built on the base URL.
    const halo = await h.post('/v1/sources', { kind: 'halopsa', config: { baseUrl: 'https://acme.halopsa.com/?x=1', clientId: 'c', clientSecret: 's' } }, auth);
    expect(halo.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('body.config.baseUrl: must be an https URL on a public host, without a query or fragment') });
  });

  it('refuses a backfill since a date in the future, naming since', async () => {
    const { id } = (await h.post('/v1/sources', { kind: 'autotask', config: autotaskConfig }, auth)).json();
    const res = await h.post(`/v1/sources/${id}/backfill`, { since: '2999-01-01' }, auth);
    expect(res.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.stringContaining('body.since: must not be in the future') });
    expect((await h.app!.inject({ method: 'GET', url: `/v1/sources/${id}/backfill`, headers: auth })).statusCode).toBe(404);
  });

  it('renames, merges new credentials, and hides sources from other tenants', async () => {
    const { id } = (await h.post('/v1/sources', { kind: 'autotask', name: 'AT', config: autotaskConfig }, auth)).json();
    const renamed = await patch(`/v1/sources/${id}`, { name: 'Autotask (EU)', config: { secret: 'rotated-api-secret-1' } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ id, name: 'Autotask (EU)' });
    expect(renamed.json().secret).toBeUndefined();
    const creds = await h.services.sources.credentials(null, id);
    expect(creds!.config).toMatchObject({ ...autotaskConfig, secret: 'rotated-api-secret-1' });

    const other = await h.tenant();
    for (const res of [await get(`/v1/sources/${id}`, other.auth), await h.app!.inject({ method: 'DELETE', url: `/v1/sources/${id}`, headers: other.auth })]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    }
    expect((await get('/v1/sources', other.auth)).json().sources).toEqual([]);
  });

  it('rotates a generated secret, accepting the old one until the grace period ends', async () => {
    const created = (await h.post('/v1/sources', { kind: 'freshservice', name: 'FS', config: {} }, auth)).json();
    expect((await fresh(created.secret, created.id)).statusCode).toBe(200);

    const rotated = await patch(`/v1/sources/${created.id}`, { rotateSecret: true });
    expect(rotated.statusCode).toBe(200);
    const { secret: next, previousSecretValidUntil } = rotated.json();
    expect(next).toBeTruthy();
    expect(next).not.toBe(created.secret);
    expect(Date.parse(previousSecretValidUntil) - Date.now()).toBeGreaterThan(23 * 3600_000);
    expect((await get(`/v1/sources/${created.id}`)).body).not.toContain(next);

    expect((await fresh(next, created.id, '{"ticket":{"id":"2","subject":"New secret"}}')).statusCode).toBe(200);
    expect((await fresh(created.secret, created.id, '{"ticket":{"id":"3","subject":"Old secret"}}')).statusCode).toBe(200);
    await h.services.db.query(`UPDATE sources SET previous_valid_until = now() - interval '1 second' WHERE id = $1`, [created.id]);
    expect((await fresh(created.secret, created.id, '{"ticket":{"id":"4","subject":"Too late"}}')).statusCode).toBe(401);
    expect((await patch(`/v1/sources/${(await h.post('/v1/sources', { kind: 'zendesk', config: zendeskConfig }, auth)).json().id}`, { rotateSecret: true })).statusCode).toBe(400);
  });

  it('deletes a source: its webhooks are refused from then on', async () => {
    const created = (await h.post('/v1/sources', { kind: 'freshservice', config: {} }, auth)).json();
    expect((await h.app!.inject({ method: 'DELETE', url: `/v1/sources/${created.id}`, headers: auth })).statusCode).toBe(204);
    expect((await get(`/v1/sources/${created.id}`)).statusCode).toBe(404);
    expect((await fresh(created.secret, created.id)).statusCode).toBe(404);
  });

  it('never writes a secret or credential into the logs', async () => {
    const created = (await h.post('/v1/sources', { kind: 'halopsa', config: { baseUrl: 'https://acme.halopsa.com', clientId: 'halo-client-1', clientSecret: 'halo-client-secret-xyz' } }, auth)).json();
    await h.webhook(`/webhooks/halopsa/${created.id}`, '{"event":"x"}', { authorization: `Basic ${Buffer.from(`recurrence:${created.secret}`).toString('base64')}` });
    await h.webhook(`/webhooks/halopsa/${created.id}`, '{"event":"x"}', { authorization: 'Bearer wrong-token-123456' });
    const logs = h.logs.join('');
    expect(logs).toContain(created.id); // the requests were logged at all
    for (const secret of [created.secret, 'halo-client-secret-xyz', autotaskConfig.secret, 'rotated-api-secret-1', zendeskConfig.secret, zendeskConfig.apiToken, 'wrong-token-123456']) {
      expect(logs).not.toContain(secret);
    }
  });
});
