import { afterEach, describe, expect, it } from 'vitest';
import { createVendorClient } from '../../../../src/ingest/clients/create-vendor-client.js';
import { VendorApiError } from '../../../../src/ingest/errors.js';
import { fixtureJson } from '../helpers.js';
import { basic, recordingSleep, startFakeVendor, unauthorized, type FakeRequest, type FakeResponse } from './fake-vendor.js';

const config = { site: 'api-na.myconnectwise.net', companyId: 'AcmeMSP', publicKey: 'pub123', privateKey: 'priv456', clientId: 'client-guid' };
const ORIGIN = 'https://api-na.myconnectwise.net';
const API = '/v4_6_release/apis/3.0';
const ticket = fixtureJson('connectwise-ticket.json');
let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());

async function fake(routes: (req: FakeRequest) => FakeResponse | undefined) {
  const server = await startFakeVendor((req) => {
    if (req.headers.authorization !== basic('AcmeMSP+pub123', 'priv456') || req.headers.clientid !== 'client-guid') return unauthorized;
    return routes(req) ?? { status: 404, body: { code: 'NotFound' } };
  });
  close = server.close;
  return server;
}

const standardRoutes = (req: FakeRequest): FakeResponse | undefined => {
  const p = req.url.pathname;
  if (p === `${API}/service/tickets/48213`) return { body: ticket };
  if (p === `${API}/service/tickets/48213/notes`) return { body: fixtureJson('connectwise-notes.json') };
  if (p === `${API}/service/tickets/48213/configurations`) return { body: fixtureJson('connectwise-configurations.json') };
  return undefined;
};

describe('connectwise client', () => {
  it('fetches a ticket with its notes and configuration and maps every field', async () => {
    const server = await fake(standardRoutes);
    const client = createVendorClient('connectwise', config, { fetch: server.fetchFor(ORIGIN) })!;
    expect(await client.fetchTicket({ entity: 'ticket', externalId: '48213' })).toEqual({
      externalId: '48213',
      source: 'connectwise',
      revision: '2026-11-02T11:30:00Z',
      title: 'Outlook keeps asking for password',
      description: 'Since this morning Outlook prompts for the password every few minutes.',
      notes: [
        { text: 'Checked credential manager, stale token found.', kind: 'internal', createdAt: '2026-11-02T10:02:00.000Z' },
        { text: 'Cleared cached credentials and re-created the Outlook profile.', kind: 'resolution', createdAt: '2026-11-02T11:29:00.000Z' },
      ],
      resolution: 'Cleared cached credentials and re-created the Outlook profile.',
      status: 'closed',
      statusName: '>Closed',
      priority: 'Priority 3 - Normal Response',
      client: { id: 'AcmeDental', name: 'Acme Dental' },
      contact: { id: '17', name: 'Dana Reyes', email: 'dana@acme.example' },
      device: { id: '881', name: 'ACME-LT-042' },
      category: { board: 'Service Desk', type: 'Email', subtype: 'Outlook', item: 'Password prompt' },
      createdAt: '2026-11-02T09:14:00.000Z',
      updatedAt: '2026-11-02T11:30:00.000Z',
      closedAt: '2026-11-02T11:30:00.000Z',
      hoursSpent: 0.75,
    });
  });

  it('resolves a note fetch-back to its ticket, returns null for configurations and deleted tickets', async () => {
    const server = await fake(standardRoutes);
    const client = createVendorClient('connectwise', config, { fetch: server.fetchFor(ORIGIN) })!;
    expect((await client.fetchTicket({ entity: 'note', externalId: '3', ticketExternalId: '48213' }))?.externalId).toBe('48213');
    expect(await client.fetchTicket({ entity: 'configuration', externalId: '881' })).toBeNull();
    expect(await client.fetchTicket({ entity: 'ticket', externalId: '999' })).toBeNull();
  });

  it('fails with VendorApiError on bad credentials', async () => {
    const server = await fake(standardRoutes);
    const client = createVendorClient('connectwise', { ...config, privateKey: 'wrong' }, { fetch: server.fetchFor(ORIGIN) })!;
    await expect(client.fetchTicket({ entity: 'ticket', externalId: '48213' })).rejects.toMatchObject({ status: 401 });
    await expect(client.fetchTicket({ entity: 'ticket', externalId: '48213' })).rejects.toBeInstanceOf(VendorApiError);
  });

  it('pages the backfill by page/pageSize following the Link header, and waits out a 429', async () => {
    let throttled = false;
    const server = await fake((req): FakeResponse | undefined => {
      if (req.url.pathname !== `${API}/service/tickets`) return req.url.pathname.endsWith('/notes') || req.url.pathname.endsWith('/configurations') ? { body: [] } : undefined;
      if (!throttled) {
        throttled = true;
        return { status: 429, headers: { 'retry-after': '7' } };
      }
      const page = req.url.searchParams.get('page');
      if (page === '1') return { body: [{ ...ticket, id: 1 }, { ...ticket, id: 2 }], headers: { link: `<${ORIGIN}${API}/service/tickets?page=2>; rel="next"` } };
      return { body: [{ ...ticket, id: 3 }, { ...ticket, id: 4, summary: '' }] };
    });
    const { sleep, calls } = recordingSleep();
    const client = createVendorClient('connectwise', config, { fetch: server.fetchFor(ORIGIN), sleep })!;
    const first = await client.backfillPage(new Date('2026-10-01T00:00:00Z'), null);
    expect(calls).toEqual([7_000]);
    expect(first.tickets.map((t) => t.externalId)).toEqual(['1', '2']);
    expect(first.next).toBe('2');
    const list = server.requests.find((r) => r.url.pathname === `${API}/service/tickets`)!;
    expect(list.url.searchParams.get('conditions')).toBe('lastUpdated >= [2026-10-01T00:00:00Z]');
    expect(list.url.searchParams.get('pageSize')).toBe('100');
    const second = await client.backfillPage(new Date('2026-10-01T00:00:00Z'), first.next);
    expect(second.tickets.map((t) => t.externalId)).toEqual(['3']);
    expect(second.skipped).toEqual([{ externalId: '4', reason: expect.stringContaining('title') }]);
    expect(second.next).toBeNull();
  });
});
