import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, ticket, type Harness } from '../support/harness.js';

describe('bad input gets a clear 4xx in one error shape', () => {
  let h: Harness;
  let auth: { authorization: string };
  beforeAll(async () => {
    h = await startHarness('embedded', { env: { BODY_LIMIT_BYTES: '20000' } });
    auth = (await h.tenant()).auth;
  });
  afterAll(() => h.stop());

  const raw = (payload: string, headers: Record<string, string> = auth) =>
    h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: { 'content-type': 'application/json', ...headers }, payload });

  const expectError = (res: { statusCode: number; json(): any }, status: number, code: string, mentions: string) => {
    expect(res.statusCode).toBe(status);
    const body = res.json();
    expect(body).toMatchObject({ statusCode: status, code });
    expect(body.message).toContain(mentions);
    expect(body.requestId).toEqual(expect.any(String));
  };

  it('malformed JSON', async () => expectError(await raw('{"externalId": '), 400, 'MALFORMED_JSON', 'malformed JSON'));
  it('an empty body', async () => expectError(await raw(''), 400, 'EMPTY_BODY', 'empty'));
  it('a wrong type, naming the field', async () =>
    expectError(await raw(JSON.stringify(ticket({ hoursSpent: 'two' }))), 400, 'VALIDATION_FAILED', 'body.hoursSpent'));
  it('a missing required field', async () =>
    expectError(await raw(JSON.stringify({ externalId: 'x' })), 400, 'VALIDATION_FAILED', 'body.title'));
  it('an unknown field', async () =>
    expectError(await raw(JSON.stringify(ticket({ sevrity: 'high' }))), 400, 'VALIDATION_FAILED', 'unknown field "sevrity"'));
  it('a bad date', async () =>
    expectError(await raw(JSON.stringify(ticket({ createdAt: 'yesterday' }))), 400, 'VALIDATION_FAILED', 'body.createdAt'));
  it('more than 1,000 tickets', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ externalId: `${i}`, title: 't' }));
    const h2 = await startHarness('embedded');
    const a = (await h2.tenant()).auth;
    const res = await h2.app!.inject({ method: 'POST', url: '/v1/tickets', headers: a, payload: many });
    expectError(res, 400, 'VALIDATION_FAILED', '1000');
    await h2.stop();
  });
  it('a body over the limit', async () =>
    expectError(await raw(JSON.stringify(ticket({ description: 'x'.repeat(30_000) }))), 413, 'BODY_TOO_LARGE', 'too large'));
  it('JSON nested deeper than any ticket, even with escapes that need a second look', async () => {
    const deep = `{"externalId":"d","title":"\\u0041","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expectError(await raw(deep), 400, 'JSON_TOO_DEEP', 'more than 64 levels deep');
  });
  it('a __proto__ key', async () =>
    expectError(await raw('{"externalId":"p","title":"t","__proto__":{"admin":true}}'), 400, 'FORBIDDEN_KEY', '__proto__'));
  it('a body that is not JSON', async () =>
    expectError(await raw('title=x', { ...auth, 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE', 'text/plain'));
  it('a NUL character, naming the field (PostgreSQL cannot store one)', async () => {
    expectError(await raw('{"externalId":"n1","title":"printer\\u0000offline"}'), 400, 'UNSTORABLE_TEXT', 'body.title: contains a NUL');
    const batch = '[{"externalId":"n2","title":"ok"},{"externalId":"n3","title":"vpn","client":{"id":"acme\\u0000"}}]';
    expectError(await raw(batch), 400, 'UNSTORABLE_TEXT', 'body[1].client.id');
    // The valid ticket of the refused batch was not stored either.
    const stored = await h.services.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM tickets WHERE external_id IN ('n1', 'n2', 'n3')`);
    expect(stored.rows[0].n).toBe(0);
  });
  it('half of a surrogate pair, while a whole one (an emoji) is fine', async () => {
    expectError(await raw('{"externalId":"s1","title":"cut \\ud83d here"}'), 400, 'UNSTORABLE_TEXT', 'body.title: contains half of a UTF-16 surrogate pair');
    expect((await raw('{"externalId":"s2","title":"smile \\ud83d\\ude00 here"}')).statusCode).toBe(202);
  });
  it('a NUL in a query or path value, naming it', async () => {
    expectError(await h.app!.inject({ method: 'GET', url: '/v1/themes?client=%00', headers: auth }), 400, 'UNSTORABLE_TEXT', 'querystring.client');
    expectError(await h.app!.inject({ method: 'GET', url: '/v1/themes/%00', headers: auth }), 400, 'UNSTORABLE_TEXT', 'params.id');
  });
  it('an id up to 200 characters reaches validation, a longer one or an undecodable path gets the same error shape', async () => {
    const get = (url: string) => h.app!.inject({ method: 'GET', url, headers: auth });
    expectError(await get(`/v1/tickets/${'a'.repeat(150)}`), 404, 'NOT_FOUND', 'ticket');
    expectError(await get(`/v1/tickets/${'a'.repeat(201)}`), 400, 'VALIDATION_FAILED', 'params.id');
    expectError(await get(`/v1/tickets/${'a'.repeat(300)}`), 414, 'PATH_TOO_LONG', '256');
    expectError(await get('/v1/tickets/%ZZ'), 400, 'BAD_URL', 'decoded');
  });
  it('an empty client filter, which would match no ticket, naming it', async () => {
    for (const url of ['/v1/themes?client=', '/v1/suggestions?client='])
      expectError(await h.app!.inject({ method: 'GET', url, headers: auth }), 400, 'VALIDATION_FAILED', 'querystring.client: must not be empty');
  });
  it('a local time with no timezone, saying so; a day is a window bound of its own', async () => {
    expectError(await h.app!.inject({ method: 'GET', url: '/v1/themes?from=2026-01-01T00:00:00', headers: auth }), 400, 'VALIDATION_FAILED', 'querystring.from: has no timezone: add Z (UTC) or an offset such as +01:00');
    expectError(await raw(JSON.stringify(ticket({ createdAt: '2026-02-30T10:00:00Z' }))), 400, 'VALIDATION_FAILED', 'body.createdAt: 2026-02-30 is not a calendar date');
    for (const url of ['/v1/themes?from=2026-01-01&to=2026-06-01', '/v1/suggestions?from=2026-01-01']) expect((await h.app!.inject({ method: 'GET', url, headers: auth })).statusCode, url).toBe(200);
  });
  it('one problem per field: a wrong type is not followed by the rules that ran on the same value', async () => {
    const res = await raw(JSON.stringify(ticket({ externalId: [] })));
    expectError(res, 400, 'VALIDATION_FAILED', 'body.externalId');
    expect(res.json().message.match(/body\.externalId/g)).toHaveLength(1);
  });
  it('an id or filter of spaces only, which would match nothing, naming it', async () => {
    expectError(await raw(JSON.stringify(ticket({ client: { id: '   ' } }))), 400, 'VALIDATION_FAILED', 'body.client.id: must not be blank');
    expectError(await raw(JSON.stringify(ticket({ source: ' ' }))), 400, 'VALIDATION_FAILED', 'body.source: must not be blank');
    expectError(await h.app!.inject({ method: 'GET', url: '/v1/themes?client=%20%20', headers: auth }), 400, 'VALIDATION_FAILED', 'querystring.client: must not be blank');
    expectError(await h.app!.inject({ method: 'GET', url: '/v1/reviews?client=%20', headers: auth }), 400, 'VALIDATION_FAILED', 'querystring.client: must not be blank');
  });
  it('a count that is not written as digits', async () => {
    for (const limit of ['', '0x10', '1e2', '%205'])
      expectError(await h.app!.inject({ method: 'GET', url: `/v1/themes?limit=${limit}`, headers: auth }), 400, 'VALIDATION_FAILED', 'querystring.limit: must be a whole number from 1 to 500');
    expectError(await h.app!.inject({ method: 'GET', url: '/v1/themes?limit=501', headers: auth }), 400, 'VALIDATION_FAILED', 'querystring.limit');
    expect((await h.app!.inject({ method: 'GET', url: '/v1/themes?limit=7', headers: auth })).statusCode).toBe(200);
  });
  it('a window starting in the future with no end (the end is now), on every route with a window', async () => {
    for (const url of ['/v1/themes?from=2999-01-01', '/v1/suggestions?from=2999-01-01'])
      expectError(await h.app!.inject({ method: 'GET', url, headers: auth }), 400, 'VALIDATION_FAILED', 'querystring.from: must be before to (without to, now)');
  });
  it('a client the review has no tickets from, naming the parameter', async () =>
    expectError(await h.app!.inject({ method: 'GET', url: '/v1/reviews?client=nobody', headers: auth }), 404, 'NOT_FOUND', 'querystring.client: no tickets from client "nobody"'));
  it('a query parameter given twice, naming it', async () =>
    expectError(await h.app!.inject({ method: 'GET', url: '/v1/themes?limit=1&limit=2', headers: auth }), 400, 'VALIDATION_FAILED', 'querystring.limit: given 2 times'));
  it('a missing key', async () => expectError(await raw('{}', {}), 401, 'UNAUTHORIZED', 'missing Authorization'));
  it('a wrong key', async () => expectError(await raw('{}', { authorization: 'Bearer rk_nope' }), 401, 'UNAUTHORIZED', 'unknown'));
  it('a malformed Authorization header', async () => expectError(await raw('{}', { authorization: 'Basic abc' }), 401, 'UNAUTHORIZED', 'Bearer'));
  it('an unknown route', async () => {
    const res = await h.app!.inject({ method: 'GET', url: '/v1/nothing', headers: auth });
    expectError(res, 404, 'NOT_FOUND', '/v1/nothing');
  });
});
