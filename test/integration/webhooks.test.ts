import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, modes } from '../support/harness.js';
import { psaFixture, sign, startPsaHarness, type PsaHarness } from '../support/psa.js';
import { startFakeVendor } from '../unit/ingest/clients/fake-vendor.js';

const WRONG = 'wrong-secret-0123456789';
type Headers = Record<string, string | undefined>;

/** Per vendor: its config, a delivery, and the headers the PSA would send (signed here). */
interface Vendor {
  kind: string;
  config: Record<string, unknown>;
  body: () => Buffer;
  headers: (secret: string, body: Buffer) => Headers;
  /** The bad deliveries besides a wrong secret and a missing header. */
  hmac: boolean;
  stale?: (secret: string, body: Buffer) => Headers;
}

const zendeskAt = (at: Date) => (secret: string, body: Buffer) => {
  const ts = at.toISOString();
  return { 'x-zendesk-webhook-signature': sign.zendesk(secret, ts, body), 'x-zendesk-webhook-signature-timestamp': ts };
};
const standardAt = (at: Date) => (secret: string, body: Buffer) => {
  const id = `msg_${randomUUID().replace(/-/g, '')}`;
  const ts = String(Math.floor(at.getTime() / 1000));
  return { 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': sign.standardWebhooks(secret, id, ts, body) };
};
const secretHeader = (secret: string) => ({ 'x-recurrence-secret': secret });
const tenMinutesAgo = () => new Date(Date.now() - 10 * 60_000);

const vendors: Vendor[] = [
  {
    kind: 'halopsa',
    config: { baseUrl: 'https://acme.halopsa.com', clientId: 'c', clientSecret: 's' },
    body: () => psaFixture('halopsa-full-object.json'),
    headers: (secret) => ({ authorization: `Basic ${Buffer.from(`recurrence:${secret}`).toString('base64')}` }),
    hmac: false,
  },
  {
    kind: 'zendesk',
    config: { subdomain: 'acme', email: 'a@acme.example', apiToken: 't', secret: 'zendesk-signing-secret-1' },
    body: () => psaFixture('zendesk-ticket-status-changed.json'),
    headers: (secret, body) => zendeskAt(new Date())(secret, body),
    hmac: true,
    stale: (secret, body) => zendeskAt(tenMinutesAgo())(secret, body),
  },
  {
    kind: 'jira',
    config: { siteUrl: 'https://acme.atlassian.net', email: 'a@acme.example', apiToken: 't', secret: 'jira-webhook-secret-1' },
    body: () => Buffer.from(psaFixture('jira-issue-updated.json').toString().replace(/"statusCategory":\{[^}]*"key":"\w+"/, (m) => m.replace(/"key":"\w+"/, '"key":"done"'))),
    headers: (secret, body) => ({ 'x-hub-signature': sign.jira(secret, body), 'x-atlassian-webhook-identifier': randomUUID() }),
    hmac: true,
  },
  {
    kind: 'freshservice',
    config: {},
    body: () => Buffer.from(JSON.stringify({ ticket: { id: '4012', subject: 'New starter needs "Finance" share', description: 'Line one', status: 'Closed', updated_at: '2026-11-02T12:00:00Z' } })),
    headers: secretHeader,
    hmac: false,
  },
  { kind: 'syncro', config: {}, body: () => psaFixture('syncro-ticket.json'), headers: secretHeader, hmac: false },
  { kind: 'servicenow', config: {}, body: () => psaFixture('servicenow-incident.json'), headers: secretHeader, hmac: false },
  {
    kind: 'standard-webhooks',
    config: {},
    body: () => Buffer.from(JSON.stringify({ externalId: 'SW-1', title: 'Backup job failed on FS01', status: 'closed', createdAt: '2026-11-02T09:00:00Z', updatedAt: '2026-11-02T10:00:00Z' })),
    headers: (secret, body) => standardAt(new Date())(secret, body),
    hmac: true,
    stale: (secret, body) => standardAt(tenMinutesAgo())(secret, body),
  },
];

describe.each(modes)('PSA webhooks (%s)', (mode) => {
  let h: PsaHarness;
  const vendorHandlers = new Map<string, (url: URL) => { status?: number; body?: unknown } | undefined | Promise<{ status?: number; body?: unknown }>>();
  let fake: Awaited<ReturnType<typeof startFakeVendor>>;

  beforeAll(async () => {
    fake = await startFakeVendor((req) => {
      const host = req.headers['x-fake-host'] as string;
      return vendorHandlers.get(host)?.(req.url) ?? { status: 404, body: {} };
    });
    // The test-only seam: vendor https hosts are served by the local fake (production uses fetch).
    const vendorFetch: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const headers = new Headers(init?.headers);
      headers.set('x-fake-host', url.host);
      return fake.fetchFor('http://127.0.0.1')(`http://127.0.0.1${url.pathname}${url.search}`, { ...init, headers });
    };
    h = await startPsaHarness(mode, { vendorFetch });
  });
  afterAll(async () => {
    await h.stop();
    await fake.close();
  });

  async function connect(kind: string, config: Record<string, unknown>) {
    const t = await h.tenant();
    const res = await h.post('/v1/sources', { kind, config }, t.auth);
    expect(res.statusCode).toBe(201);
    const source = res.json();
    return { tenant: t, source, secret: (source.secret ?? config.secret) as string, url: source.webhookUrl as string };
  }
  const rows = async (tenantId: string) => (await h.services.db.query<Record<string, any>>('SELECT * FROM tickets WHERE tenant_id = $1 ORDER BY seq', [tenantId])).rows;
  const processed = (tenantId: string, count = 1) =>
    eventually(async () => {
      const r = await rows(tenantId);
      return r.length >= count && r.every((t) => t.processing_state !== 'pending') ? r : undefined;
    }, 15_000, 'tickets processed');

  describe.each(vendors)('$kind', (v) => {
    it('stores a signed delivery, processes it once, ignores its re-delivery, and marks it closed', async () => {
      const { tenant, secret, url } = await connect(v.kind, v.config);
      const body = v.body();
      const headers = v.headers(secret, body);
      const res = await h.webhook(url, body, headers);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'stored', tickets: 1 });
      const [t] = await processed(tenant.id);
      expect(t).toMatchObject({ source: v.kind, processing_state: 'processed', process_count: 1 });
      expect(['closed', 'resolved']).toContain(t!.status);
      expect(t!.raw).toEqual(JSON.parse(body.toString()));

      const again = await h.webhook(url, body, headers);
      expect(again.statusCode).toBe(200);
      expect(again.json().status === 'duplicate' || again.json().tickets === 0).toBe(true);
      const after = await rows(tenant.id);
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({ processing_state: 'processed', process_count: 1 });
    });

    it('answers 401 and stores nothing for a wrong secret, a missing header, a tampered body or a stale timestamp', async () => {
      const { tenant, secret, url } = await connect(v.kind, v.config);
      const body = v.body();
      const bad: Array<[string, Buffer, Headers]> = [
        ['wrong secret', body, v.headers(WRONG, body)],
        ['missing header', body, {}],
      ];
      if (v.hmac) bad.push(['tampered body', Buffer.from(body.toString().replace(/.$/, ' ')), v.headers(secret, body)]);
      if (v.stale) bad.push(['stale timestamp', body, v.stale(secret, body)]);
      for (const [name, b, headers] of bad) {
        const res = await h.webhook(url, b, headers);
        expect(res.statusCode, name).toBe(401);
        expect(res.json()).toMatchObject({ statusCode: 401, code: 'WEBHOOK_UNAUTHORIZED' });
      }
      expect(await rows(tenant.id)).toEqual([]);
      expect((await h.services.db.query('SELECT 1 FROM webhook_deliveries WHERE source_id = $1', [url.split('/').pop()])).rowCount).toBe(0);
    });
  });

  it('stores a delivery whose text holds a NUL or half an emoji, repaired (a PSA cannot correct and resend it)', async () => {
    const { tenant, secret, url } = await connect('freshservice', {});
    const body = '{"ticket":{"id":"9003","subject":"Drucker\\u0000 offline \\ud83d","description":"tray \\ud83d\\ude00 empty"}}';
    const res = await h.webhook(url, body, secretHeader(secret));
    expect(res.statusCode).toBe(200);
    const [t] = await processed(tenant.id);
    expect(t!.title).toBe('Drucker offline \ufffd');
    expect(t!.description).toContain('tray \u{1F600} empty');
    expect(t!.raw.ticket.subject).toBe('Drucker offline \ufffd');
  });

  it('answers 404 for an unknown source or another kind, and 400 for a malformed body', async () => {
    const { secret, url, source } = await connect('freshservice', {});
    expect((await h.webhook(`/webhooks/freshservice/${randomUUID()}`, '{}', secretHeader(secret))).statusCode).toBe(404);
    expect((await h.webhook(`/webhooks/syncro/${source.id}`, '{}', secretHeader(secret))).statusCode).toBe(404);
    expect((await h.webhook(`/webhooks/bogus/${source.id}`, '{}', secretHeader(secret))).statusCode).toBe(404);
    const res = await h.webhook(url, 'not json', secretHeader(secret));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'WEBHOOK_PAYLOAD_INVALID' });
  });

  it('answers 400 naming closedAt for a delivered ticket closed before it was created, and stores nothing', async () => {
    const { tenant, secret, url } = await connect('standard-webhooks', {});
    const body = Buffer.from(JSON.stringify({ externalId: 'SW-2', title: 'Backup job failed', status: 'closed', createdAt: '2026-11-02T09:00:00Z', closedAt: '2026-11-01T09:00:00Z' }));
    const res = await h.webhook(url, body, standardAt(new Date())(secret, body));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'WEBHOOK_PAYLOAD_INVALID', message: expect.stringContaining('closedAt: must not be before createdAt') });
    expect(await rows(tenant.id)).toEqual([]);
  });

  it('answers 400 for a delivery nested deeper than any PSA payload, or pointing to an over-long ticket id, and stores nothing', async () => {
    const halo = vendors.find((v) => v.kind === 'halopsa')!;
    const { tenant, secret, url } = await connect('halopsa', halo.config);
    const deep = `{"ticket_id":"1","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const nested = await h.webhook(url, deep, halo.headers(secret, Buffer.from(deep)));
    expect(nested.statusCode).toBe(400);
    expect(nested.json()).toMatchObject({ code: 'WEBHOOK_PAYLOAD_INVALID', message: expect.stringContaining('more than 64 levels deep') });
    const long = JSON.stringify({ event: 'updated', ticket_id: '7'.repeat(300) });
    const res = await h.webhook(url, long, halo.headers(secret, Buffer.from(long)));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'WEBHOOK_PAYLOAD_INVALID', message: expect.stringContaining('300 characters long; at most 200') });
    expect(await rows(tenant.id)).toEqual([]);
    // At the limit it is stored, and readable through the API.
    const ok = JSON.stringify({ event: 'updated', ticket_id: '7'.repeat(200) });
    expect((await h.webhook(url, ok, halo.headers(secret, Buffer.from(ok)))).json()).toMatchObject({ status: 'stored', fetchBack: 1 });
    const [stored] = await rows(tenant.id);
    expect((await h.app!.inject({ method: 'GET', url: `/v1/tickets/${stored!.id}`, headers: tenant.auth })).statusCode).toBe(200);
  });

  it('autotask: the worker fetches the full ticket back with the source credentials', async () => {
    const AT = '/atservicesrest/v1.0';
    const item = (JSON.parse(psaFixture('autotask-ticket.json').toString()) as { item: unknown }).item;
    const seen: string[] = [];
    vendorHandlers.set('webservices5.autotask.net', (u) => {
      seen.push(u.pathname);
      if (u.pathname === `${AT}/Tickets/351182`) return { body: { item } };
      if (u.pathname === `${AT}/TicketNotes/query`) return { body: { items: [] } };
      if (u.pathname === `${AT}/Tickets/entityInformation/fields`) return { body: { fields: [{ name: 'status', picklistValues: [{ value: '5', label: 'Complete' }] }] } };
      return undefined;
    });
    const config = { baseUrl: 'https://webservices5.autotask.net/atservicesrest', username: 'api@acme.example', secret: 'at-secret', integrationCode: 'INT' };
    const { tenant, secret, url } = await connect('autotask', config);
    const body = psaFixture('autotask-ticket-update.json');
    const res = await h.webhook(url, body, { 'x-hook-signature': sign.autotask(secret, body) });
    expect(res.json()).toMatchObject({ status: 'stored', tickets: 0, fetchBack: 1 });
    const [t] = await processed(tenant.id);
    expect(t).toMatchObject({ external_id: '351182', title: 'VPN drops every 10 minutes', status: 'closed', status_name: 'Complete', needs_fetch: null, processing_state: 'processed' });
    expect(seen).toContain(`${AT}/Tickets/351182`);
    expect((await h.webhook(url, body, { 'x-hook-signature': sign.autotask(secret, body) })).json().status).toBe('duplicate');
  });

  it('connectwise: verifies with the key from its key_url, fetches ticket and notes, and marks a deleted ticket closed', async () => {
    const CW = '/v4_6_release/apis/3.0';
    const key = 'cw-signing-key-0f9e8d7c';
    vendorHandlers.set('api-na.myconnectwise.net', (u) => {
      if (u.pathname.endsWith('/system/callbackkey/index.rails')) return { body: { signing_key: key } };
      if (u.pathname === `${CW}/service/tickets/48213`) return { body: JSON.parse(psaFixture('connectwise-ticket.json').toString()) };
      if (u.pathname === `${CW}/service/tickets/48213/notes`) return { body: JSON.parse(psaFixture('connectwise-notes.json').toString()) };
      if (u.pathname === `${CW}/service/tickets/48213/configurations`) return { body: JSON.parse(psaFixture('connectwise-configurations.json').toString()) };
      return undefined;
    });
    const config = { site: 'api-na.myconnectwise.net', companyId: 'AcmeMSP', publicKey: 'pub', privateKey: 'priv', clientId: 'client-guid' };
    const { tenant, url, source } = await connect('connectwise', config);
    expect(source.secret).toBeUndefined();
    const body = psaFixture('connectwise-ticket-updated.json');
    expect((await h.webhook(url, body, { 'x-content-signature': sign.connectwise('not-the-key', body) })).statusCode).toBe(401);
    const res = await h.webhook(url, body, { 'x-content-signature': sign.connectwise(key, body) });
    expect(res.json()).toMatchObject({ status: 'stored', fetchBack: 1 });
    const [t] = await processed(tenant.id);
    expect(t).toMatchObject({ external_id: '48213', title: 'Outlook keeps asking for password', resolution: 'Cleared cached credentials and re-created the Outlook profile.', status: 'closed' });

    const deleted = Buffer.from(psaFixture('connectwise-ticket-deleted.json').toString().replace(/"CompanyId":"[^"]*"/, '"CompanyId":"acmemsp"'));
    const del = await h.webhook(url, deleted, { 'x-content-signature': sign.connectwise(key, deleted) });
    expect(del.json()).toMatchObject({ status: 'stored', deleted: 1 });
    expect(await h.ticketByExternalId(tenant.id, 'connectwise', '48213')).toMatchObject({ status: 'closed', status_name: 'Deleted in PSA' });
  });

  it('lets engineers edit themes while a slow PSA is still answering a fetch-back', async () => {
    const AT = '/atservicesrest/v1.0';
    const item = (JSON.parse(psaFixture('autotask-ticket.json').toString()) as { item: unknown }).item;
    let answer = () => {};
    const held = new Promise<void>((resolve) => { answer = resolve; });
    let asked = false;
    vendorHandlers.set('webservices7.autotask.net', async (u) => {
      if (u.pathname === `${AT}/Tickets/351182`) { asked = true; await held; return { body: { item } }; }
      if (u.pathname === `${AT}/TicketNotes/query`) return { body: { items: [] } };
      if (u.pathname === `${AT}/Tickets/entityInformation/fields`) return { body: { fields: [] } };
      return { status: 404, body: {} };
    });
    const config = { baseUrl: 'https://webservices7.autotask.net/atservicesrest', username: 'api@acme.example', secret: 'at-secret', integrationCode: 'INT' };
    const { tenant, secret, url } = await connect('autotask', config);
    const posted = await h.post('/v1/tickets', [
      { externalId: 'L-1', title: 'Laptop dock not detecting monitors' },
      { externalId: 'P-1', title: 'Printer on floor two jams on every job' },
    ], tenant.auth);
    const stored = posted.json().tickets as Array<{ id: string }>;
    const before = await processed(tenant.id, 2);
    const [dock, printer] = [before[0]!.theme_id as string, before[1]!.theme_id as string];
    expect(dock).not.toBe(printer);

    const body = psaFixture('autotask-ticket-update.json');
    await h.webhook(url, body, { 'x-hook-signature': sign.autotask(secret, body) });
    await eventually(async () => asked || undefined, 15_000, 'the fetch-back to start');
    // A merge changes the engine, so it takes the tenant's lock, as processing does.
    const merge = await h.post(`/v1/themes/${printer}/merge`, { into: dock }, tenant.auth);
    expect(merge.statusCode).toBe(200);
    expect((await h.app!.inject({ method: 'GET', url: `/v1/tickets/${stored[1]!.id}`, headers: tenant.auth })).json().themeId).toBe(dock);

    answer();
    const after = await processed(tenant.id, 3);
    expect(after.find((t) => t.external_id === '351182')).toMatchObject({ title: 'VPN drops every 10 minutes', processing_state: 'processed' });
  });

  it('fails a fetch-back at once when the vendor refuses the credentials', async () => {
    vendorHandlers.set('webservices6.autotask.net', () => ({ status: 401, body: {} }));
    const config = { baseUrl: 'https://webservices6.autotask.net/atservicesrest', username: 'u', secret: 'bad', integrationCode: 'INT' };
    const { tenant, secret, url } = await connect('autotask', config);
    const body = psaFixture('autotask-ticket-update.json');
    await h.webhook(url, body, { 'x-hook-signature': sign.autotask(secret, body) });
    const [t] = await processed(tenant.id);
    expect(t).toMatchObject({ processing_state: 'failed', attempts: 1 });
    expect(t!.processing_error).toContain('401');
  });
});
