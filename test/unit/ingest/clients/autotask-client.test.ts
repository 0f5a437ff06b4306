import { afterEach, describe, expect, it } from 'vitest';
import { createVendorClient } from '../../../../src/ingest/clients/create-vendor-client.js';
import { VendorApiError } from '../../../../src/ingest/errors.js';
import { fixtureJson } from '../helpers.js';
import { recordingSleep, startFakeVendor, unauthorized, type FakeRequest, type FakeResponse } from './fake-vendor.js';

const ORIGIN = 'https://webservices5.autotask.net';
const config = { baseUrl: `${ORIGIN}/atservicesrest`, username: 'api@acme.example', secret: 'at-secret', integrationCode: 'INTCODE' };
const API = '/atservicesrest/v1.0';
const ticket = (fixtureJson('autotask-ticket.json') as { item: Record<string, unknown> }).item;
const picklists = {
  fields: [
    { name: 'status', isPickList: true, picklistValues: [{ value: '1', label: 'New' }, { value: '5', label: 'Complete' }] },
    { name: 'priority', isPickList: true, picklistValues: [{ value: '2', label: 'High' }] },
    { name: 'queueID', isPickList: true, picklistValues: [{ value: '8', label: 'Level I Support' }] },
    { name: 'issueType', isPickList: true, picklistValues: [{ value: '12', label: 'Network' }] },
    { name: 'title', isPickList: false },
  ],
};
let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());

async function fake(routes: (req: FakeRequest) => FakeResponse | undefined) {
  const server = await startFakeVendor((req) => {
    const h = req.headers;
    if (h.apiintegrationcode !== 'INTCODE' || h.username !== 'api@acme.example' || h.secret !== 'at-secret') return unauthorized;
    if (req.url.pathname === `${API}/Tickets/entityInformation/fields`) return { body: picklists };
    return routes(req) ?? { status: 404, body: {} };
  });
  close = server.close;
  return server;
}

describe('autotask client', () => {
  it('fetches the full ticket with notes and picklist labels', async () => {
    const server = await fake((req) => {
      if (req.url.pathname === `${API}/Tickets/351182`) return { body: { item: ticket } };
      if (req.url.pathname === `${API}/TicketNotes/query`) {
        expect(JSON.parse(req.url.searchParams.get('search')!)).toEqual({ filter: [{ op: 'eq', field: 'ticketID', value: 351182 }] });
        return { body: { items: [{ id: 1, ticketID: 351182, title: 'Called user', description: 'VPN client log shows IKE rekey failures.', createDateTime: '2026-11-02T10:00:00Z' }], pageDetails: { count: 1 } } };
      }
      return undefined;
    });
    const client = createVendorClient('autotask', config, { fetch: server.fetchFor(ORIGIN) })!;
    expect(await client.fetchTicket({ entity: 'ticket', externalId: '351182' })).toEqual({
      externalId: '351182',
      source: 'autotask',
      revision: '2026-11-02T15:09:58.123Z',
      title: 'VPN drops every 10 minutes',
      description: 'User reports the VPN disconnects every 10 minutes since the firewall update.',
      notes: [{ text: 'Called user\nVPN client log shows IKE rekey failures.', kind: 'internal', createdAt: '2026-11-02T10:00:00.000Z' }],
      resolution: 'Raised the IKE lifetime on the firewall.',
      status: 'closed',
      statusName: 'Complete',
      priority: 'High',
      client: { id: '29683' },
      contact: { id: '30682' },
      device: { id: '77' },
      category: { board: 'Level I Support', type: 'Network', subtype: '120' },
      createdAt: '2026-11-02T08:00:00.000Z',
      updatedAt: '2026-11-02T15:09:58.123Z',
      closedAt: '2026-11-02T15:09:58.000Z',
    });
  });

  it('looks up the ticket of a note fetch-back that lacks it', async () => {
    const server = await fake((req) => {
      if (req.url.pathname === `${API}/TicketNotes/44`) return { body: { item: { id: 44, ticketID: 351182 } } };
      if (req.url.pathname === `${API}/Tickets/351182`) return { body: { item: ticket } };
      if (req.url.pathname === `${API}/TicketNotes/query`) return { body: { items: [] } };
      return undefined;
    });
    const client = createVendorClient('autotask', config, { fetch: server.fetchFor(ORIGIN) })!;
    expect((await client.fetchTicket({ entity: 'note', externalId: '44' }))?.externalId).toBe('351182');
  });

  it('queries by lastActivityDate and follows nextPageUrl on the zone host only', async () => {
    const next = `${ORIGIN}/ATServicesRest/V1.0/Tickets/query/next?paging=abc`;
    const server = await fake((req) => {
      if (req.url.pathname === `${API}/Tickets/query`) return { body: { items: [ticket], pageDetails: { count: 1, nextPageUrl: next } } };
      if (req.url.pathname === '/ATServicesRest/V1.0/Tickets/query/next') return { body: { items: [{ ...ticket, id: 2, status: 1, completedDate: null }], pageDetails: { nextPageUrl: null } } };
      return undefined;
    });
    const client = createVendorClient('autotask', config, { fetch: server.fetchFor(ORIGIN) })!;
    const since = new Date('2026-10-01T00:00:00Z');
    const first = await client.backfillPage(since, null);
    const search = JSON.parse(server.requests.find((r) => r.url.pathname === `${API}/Tickets/query`)!.url.searchParams.get('search')!);
    expect(search).toEqual({ MaxRecords: 200, filter: [{ op: 'gte', field: 'lastActivityDate', value: '2026-10-01T00:00:00.000Z' }] });
    expect(first).toMatchObject({ next, tickets: [{ externalId: '351182', status: 'closed' }] });
    const second = await client.backfillPage(since, first.next);
    expect(second).toMatchObject({ next: null, tickets: [{ externalId: '2', status: 'open', statusName: 'New' }] });
    await expect(client.backfillPage(since, 'https://evil.example/steal')).rejects.toBeInstanceOf(VendorApiError);
  });

  it('backs off exponentially on 503 without Retry-After, then gives up after 5 attempts', async () => {
    const server = await fake((req) => (req.url.pathname === `${API}/Tickets/query` ? { status: 503 } : undefined));
    const { sleep, calls } = recordingSleep();
    const client = createVendorClient('autotask', config, { fetch: server.fetchFor(ORIGIN), sleep })!;
    await expect(client.backfillPage(new Date(0), null)).rejects.toMatchObject({ status: 503 });
    expect(calls).toEqual([1_000, 2_000, 4_000, 8_000]);
  });
});
