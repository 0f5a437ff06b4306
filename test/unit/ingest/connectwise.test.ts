import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { WebhookAuthError } from '../../../src/ingest/errors.js';
import { createConnectWiseReceiver } from '../../../src/ingest/vendors/connectwise.js';
import { fixture, request, tamper } from './helpers.js';

const SIGNING_KEY = 'cw-signing-key-0f9e8d7c';
// The whole source config, as the integrator passes it.
const config = { site: 'api-na.myconnectwise.net', companyId: 'AcmeMSP', publicKey: 'pub', privateKey: 'priv', clientId: 'client-guid' };
const body = fixture('connectwise-ticket-updated.json');

/** CW: base64 HMAC-SHA256(key = SHA-256(signing_key), raw body), computed here independently. */
function cwSignature(key: string, raw: Buffer): string {
  return createHmac('sha256', createHash('sha256').update(key).digest()).update(raw).digest('base64');
}

function keyServer(key = SIGNING_KEY) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify({ signing_key: key }), { status: 200 }));
}

describe('connectwise receiver: verify', () => {
  it('accepts a callback signed with the key from its allow-listed key_url, fetching it once per URL', async () => {
    const receiver = createConnectWiseReceiver();
    const fetch = keyServer();
    const req = request(body, { 'x-content-signature': cwSignature(SIGNING_KEY, body) });
    await receiver.verify(req, { current: '' }, { fetch, config });
    await receiver.verify(req, { current: '' }, { fetch, config });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('https://api-na.myconnectwise.net/v2025_1//system/callbackkey/index.rails?companyName=acmemsp&id=42');
    expect(init?.redirect).toBe('error');
  });

  it('sends the configured clientId on the key fetch', async () => {
    const fetch = keyServer();
    const req = request(body, { 'x-content-signature': cwSignature(SIGNING_KEY, body) });
    await createConnectWiseReceiver().verify(req, { current: '' }, { fetch, config });
    expect(fetch.mock.calls[0]![1]?.headers).toMatchObject({ clientId: 'client-guid' });
  });

  it('refetches the key when the cached one no longer matches (CW rotated it)', async () => {
    const receiver = createConnectWiseReceiver();
    await receiver.verify(request(body, { 'x-content-signature': cwSignature('old-key', body) }), { current: '' }, { fetch: keyServer('old-key'), config });
    const fetch = keyServer('new-key');
    await receiver.verify(request(body, { 'x-content-signature': cwSignature('new-key', body) }), { current: '' }, { fetch, config });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a tampered body', tamper(body), cwSignature(SIGNING_KEY, body)],
    ['a signature made with another key', body, cwSignature('attacker-key', body)],
    ['a signature keyed with the raw (unhashed) key', body, createHmac('sha256', SIGNING_KEY).update(body).digest('base64')],
    ['a missing signature', body, undefined],
  ])('rejects %s', async (_name, raw, signature) => {
    const receiver = createConnectWiseReceiver();
    await expect(receiver.verify(request(raw, { 'x-content-signature': signature }), { current: '' }, { fetch: keyServer(), config })).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('rejects a validly signed callback from another ConnectWise tenant (CompanyId pin)', async () => {
    const receiver = createConnectWiseReceiver();
    const req = request(body, { 'x-content-signature': cwSignature(SIGNING_KEY, body) });
    await expect(receiver.verify(req, { current: '' }, { fetch: keyServer(), config: { ...config, companyId: 'othermsp' } })).rejects.toThrow(/CompanyId/);
    await expect(receiver.verify(req, { current: '' }, { fetch: keyServer() })).rejects.toThrow(/companyId is required/);
  });

  it('rejects when the key server fails or answers without a key', async () => {
    const req = request(body, { 'x-content-signature': cwSignature(SIGNING_KEY, body) });
    const down = vi.fn<typeof fetch>(async () => new Response('nope', { status: 500 }));
    const noKey = vi.fn<typeof fetch>(async () => new Response('{}', { status: 200 }));
    await expect(createConnectWiseReceiver().verify(req, { current: '' }, { fetch: down, config })).rejects.toThrow(/500/);
    await expect(createConnectWiseReceiver().verify(req, { current: '' }, { fetch: noKey, config })).rejects.toThrow(/signing_key/);
  });
});

describe('connectwise receiver: key_url SSRF guard', () => {
  const withKeyUrl = (keyUrl: unknown) => {
    const envelope = JSON.parse(body.toString());
    envelope.Metadata = { key_url: keyUrl };
    return Buffer.from(JSON.stringify(envelope));
  };

  it.each([
    'https://evil.com/key',
    'https://myconnectwise.net.evil.com/key',
    'https://evilmyconnectwise.net/key',
    'https://myconnectwise.net/key',
    'https://a.b.myconnectwise.net/key',
    'http://api-na.myconnectwise.net/key',
    'https://api-na.myconnectwise.net:8443/key',
    'https://api-na.myconnectwise.net@evil.com/key',
    'https://user:pw@api-na.myconnectwise.net/key',
    'https://evil.com#@api-na.myconnectwise.net/key',
    'https://evil.com\\@api-na.myconnectwise.net/key',
    'https://127.0.0.1/key',
    'https://[::1]/key',
    'https://169.254.169.254/latest/meta-data',
    'file:///etc/passwd',
    'not a url',
    42,
    null,
  ])('never fetches %s', async (keyUrl) => {
    const raw = withKeyUrl(keyUrl);
    const fetch = keyServer();
    await expect(
      createConnectWiseReceiver().verify(request(raw, { 'x-content-signature': cwSignature(SIGNING_KEY, raw) }), { current: '' }, { fetch, config }),
    ).rejects.toThrow(/key_url/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('connectwise receiver: parse', () => {
  it('turns a ticket callback into a fetch-back (the Entity never carries the description)', () => {
    const parsed = createConnectWiseReceiver().parse(request(body, {}));
    expect(parsed).toEqual({
      deliveryId: '5f0e3b64-7a3c-4c2e-9d1b-3c0f9a8e2d11',
      tickets: [],
      fetchBack: [{ entity: 'ticket', externalId: '48213' }],
      deleted: [],
    });
  });

  it('maps a deleted callback (Entity null) to deleted', () => {
    const parsed = createConnectWiseReceiver().parse(request(fixture('connectwise-ticket-deleted.json'), {}));
    expect(parsed).toMatchObject({ deleted: ['48213'], fetchBack: [], tickets: [] });
  });

  it('turns note and configuration callbacks into fetch-backs', () => {
    const make = (Type: string, Entity: unknown) => Buffer.from(JSON.stringify({ MessageId: 'm', Action: 'added', Type, ID: 7, Entity: JSON.stringify(Entity) }));
    const receiver = createConnectWiseReceiver();
    expect(receiver.parse(request(make('ServiceNote', { id: 7, ticketId: 48213, text: 'x' }), {})).fetchBack).toEqual([
      { entity: 'note', externalId: '7', ticketExternalId: '48213' },
    ]);
    expect(receiver.parse(request(make('Configuration', { id: 7 }), {})).fetchBack).toEqual([{ entity: 'configuration', externalId: '7' }]);
    expect(receiver.parse(request(make('Company', { id: 7 }), {})).fetchBack).toEqual([]);
  });

  it('rejects a malformed Entity string', () => {
    const raw = Buffer.from(JSON.stringify({ Action: 'updated', Type: 'ticket', ID: 1, Entity: '{not json' }));
    expect(() => createConnectWiseReceiver().parse(request(raw, {}))).toThrow(/Entity/);
  });
});
