import { afterEach, describe, expect, it } from 'vitest';
import { createVendorClient } from '../../../../src/ingest/clients/create-vendor-client.js';
import { fixtureJson } from '../helpers.js';
import { recordingSleep, startFakeVendor, unauthorized, type FakeRequest, type FakeResponse } from './fake-vendor.js';

const ORIGIN = 'https://acme.halopsa.com';
const config = { baseUrl: ORIGIN, clientId: 'halo-client', clientSecret: 'halo-secret' };
const haloTicket = (fixtureJson('halopsa-full-object.json') as { ticket: Record<string, unknown> }).ticket;
let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());

async function fake(routes: (req: FakeRequest) => FakeResponse | undefined) {
  let issued = 0;
  const valid = new Set<string>();
  const server = await startFakeVendor((req) => {
    if (req.url.pathname === '/auth/token') {
      const form = new URLSearchParams(req.body);
      if (req.method !== 'POST' || form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== 'halo-client' || form.get('client_secret') !== 'halo-secret' || form.get('scope') !== 'all') return unauthorized;
      const token = `tok-${++issued}`;
      valid.add(token);
      return { body: { access_token: token, token_type: 'Bearer', expires_in: 3600 } };
    }
    if (!valid.has(String(req.headers.authorization).replace('Bearer ', ''))) return unauthorized;
    return routes(req) ?? { status: 404 };
  });
  close = server.close;
  return { ...server, revokeAll: () => valid.clear(), issued: () => issued };
}

describe('halopsa client', () => {
  it('gets a client-credentials token once and pages by page_no until record_count', async () => {
    const server = await fake((req) => {
      if (req.url.pathname !== '/api/tickets') return undefined;
      const page = Number(req.url.searchParams.get('page_no'));
      const ids = page === 1 ? Array.from({ length: 100 }, (_, i) => i + 1) : [101, 102];
      return { body: { page_no: page, page_size: 100, record_count: 102, tickets: ids.map((id) => ({ ...haloTicket, id })) } };
    });
    const client = createVendorClient('halopsa', config, { fetch: server.fetchFor(ORIGIN) })!;
    const first = await client.backfillPage(new Date('2026-10-01T00:00:00Z'), null);
    expect(first.tickets).toHaveLength(100);
    expect(first.next).toBe('2');
    const second = await client.backfillPage(new Date('2026-10-01T00:00:00Z'), first.next);
    expect(second.tickets.map((t) => t.externalId)).toEqual(['101', '102']);
    expect(second.next).toBeNull();
    expect(server.issued()).toBe(1);
    const q = server.requests.find((r) => r.url.pathname === '/api/tickets')!.url.searchParams;
    expect(Object.fromEntries(q)).toMatchObject({ pageinate: 'true', page_size: '100', page_no: '1', datesearch: 'lastupdate', startdate: '2026-10-01T00:00:00.000Z' });
  });

  it('refreshes the token once when the API answers 401', async () => {
    const server = await fake((req) => (req.url.pathname === '/api/tickets/5531' ? { body: haloTicket } : req.url.pathname === '/api/actions' ? { body: { actions: [] } } : undefined));
    const client = createVendorClient('halopsa', config, { fetch: server.fetchFor(ORIGIN) })!;
    await client.fetchTicket({ entity: 'ticket', externalId: '5531' });
    server.revokeAll();
    expect((await client.fetchTicket({ entity: 'ticket', externalId: '5531' }))?.externalId).toBe('5531');
    expect(server.issued()).toBe(2);
  });

  it('fetches a ticket with its actions as notes, honouring Retry-After on 429', async () => {
    let throttled = false;
    const server = await fake((req) => {
      if (req.url.pathname === '/api/tickets/5531') {
        if (!throttled) return (throttled = true), { status: 429, headers: { 'retry-after': '2' } };
        return { body: haloTicket };
      }
      if (req.url.pathname === '/api/actions') return { body: { actions: [{ id: 1, note: '<p>Power-cycled the printer.</p>', datetime: '2026-11-02T11:00:00' }] } };
      return undefined;
    });
    const { sleep, calls } = recordingSleep();
    const client = createVendorClient('halopsa', config, { fetch: server.fetchFor(ORIGIN), sleep })!;
    const ticket = await client.fetchTicket({ entity: 'ticket', externalId: '5531' });
    expect(calls).toEqual([2_000]);
    expect(ticket).toMatchObject({ title: 'Printer offline on 2nd floor', status: 'closed', notes: [{ text: 'Power-cycled the printer.', kind: 'internal', createdAt: '2026-11-02T11:00:00.000Z' }] });
  });
});
