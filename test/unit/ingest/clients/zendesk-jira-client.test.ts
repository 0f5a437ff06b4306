import { afterEach, describe, expect, it } from 'vitest';
import { createVendorClient } from '../../../../src/ingest/clients/create-vendor-client.js';
import { fixtureJson } from '../helpers.js';
import { basic, recordingSleep, startFakeVendor, unauthorized, type FakeRequest, type FakeResponse } from './fake-vendor.js';

let close: (() => Promise<void>) | undefined;
afterEach(() => close?.());

async function fake(auth: string, routes: (req: FakeRequest) => FakeResponse | undefined) {
  const server = await startFakeVendor((req) => (req.headers.authorization !== auth ? unauthorized : (routes(req) ?? { status: 404 })));
  close = server.close;
  return server;
}

describe('zendesk client', () => {
  const ORIGIN = 'https://acme.zendesk.com';
  const config = { subdomain: 'acme', email: 'agent@acme.example', apiToken: 'zd-token', secret: 'signing-secret' };
  const detail = (fixtureJson('zendesk-ticket-status-changed.json') as { detail: Record<string, unknown> }).detail;
  const auth = basic('agent@acme.example/token', 'zd-token');

  it('walks the incremental cursor export to end_of_stream, skipping deleted tickets and waiting out 429', async () => {
    let throttled = false;
    const server = await fake(auth, (req) => {
      if (req.url.pathname !== '/api/v2/incremental/tickets/cursor.json') return undefined;
      if (!throttled) return (throttled = true), { status: 429, headers: { 'retry-after': '60' } };
      if (req.url.searchParams.get('start_time') === '1790812800') {
        return { body: { tickets: [{ ...detail, id: 1 }, { ...detail, id: 2, status: 'deleted' }], after_cursor: 'MTU4MDc1', end_of_stream: false } };
      }
      if (req.url.searchParams.get('cursor') === 'MTU4MDc1') return { body: { tickets: [{ ...detail, id: 3 }], after_cursor: 'MTU4MDc2', end_of_stream: true } };
      return undefined;
    });
    const { sleep, calls } = recordingSleep();
    const client = createVendorClient('zendesk', config, { fetch: server.fetchFor(ORIGIN), sleep })!;
    const since = new Date('2026-10-01T00:00:00Z');
    const first = await client.backfillPage(since, null);
    expect(calls).toEqual([60_000]);
    expect(first).toMatchObject({ next: 'MTU4MDc1', tickets: [{ externalId: '1', status: 'closed' }] });
    expect(first.tickets).toHaveLength(1);
    const second = await client.backfillPage(since, first.next);
    expect(second).toMatchObject({ next: null, tickets: [{ externalId: '3' }] });
  });

  it('fetches a ticket with its comments', async () => {
    const server = await fake(auth, (req) => {
      if (req.url.pathname === '/api/v2/tickets/35436.json') return { body: { ticket: detail } };
      if (req.url.pathname === '/api/v2/tickets/35436/comments.json') {
        return { body: { comments: [{ plain_body: 'Cannot print from the accounting app since the update.' }, { plain_body: 'Reinstalled the driver.', created_at: '2026-11-02T11:00:00Z' }] } };
      }
      return undefined;
    });
    const client = createVendorClient('zendesk', config, { fetch: server.fetchFor(ORIGIN) })!;
    expect(await client.fetchTicket({ entity: 'ticket', externalId: '35436' })).toMatchObject({
      description: 'Cannot print from the accounting app since the update.',
      notes: [{ text: 'Reinstalled the driver.', kind: 'internal', createdAt: '2026-11-02T11:00:00.000Z' }],
    });
  });
});

describe('jira client', () => {
  const ORIGIN = 'https://acme.atlassian.net';
  const config = { siteUrl: ORIGIN, email: 'bot@acme.example', apiToken: 'jira-token', secret: 'webhook-secret', jql: 'project = SD' };
  const issue = (fixtureJson('jira-issue-updated.json') as { issue: Record<string, unknown> }).issue;
  const auth = basic('bot@acme.example', 'jira-token');

  it('pages /rest/api/3/search/jql with nextPageToken until the last page', async () => {
    const server = await fake(auth, (req) => {
      if (req.url.pathname !== '/rest/api/3/search/jql') return undefined;
      if (!req.url.searchParams.get('nextPageToken')) return { body: { issues: [issue], nextPageToken: 'tok-2', isLast: false } };
      return { body: { issues: [{ ...issue, key: 'SD-1399' }], isLast: true } };
    });
    const client = createVendorClient('jira', config, { fetch: server.fetchFor(ORIGIN) })!;
    const first = await client.backfillPage(new Date('2026-10-02T08:30:00Z'), null);
    expect(first).toMatchObject({ next: 'tok-2', tickets: [{ externalId: 'SD-1398', status: 'closed' }] });
    const q = server.requests[0]!.url.searchParams;
    expect(q.get('jql')).toBe('updated >= "2026-10-01 08:30" AND (project = SD) ORDER BY updated ASC');
    const second = await client.backfillPage(new Date('2026-10-02T08:30:00Z'), first.next);
    expect(server.requests[1]!.url.searchParams.get('nextPageToken')).toBe('tok-2');
    expect(second).toMatchObject({ next: null, tickets: [{ externalId: 'SD-1399' }] });
  });

  it('fetches an issue by key and returns null when it is gone', async () => {
    const server = await fake(auth, (req) => (req.url.pathname === '/rest/api/3/issue/SD-1398' ? { body: issue } : undefined));
    const client = createVendorClient('jira', config, { fetch: server.fetchFor(ORIGIN) })!;
    expect((await client.fetchTicket({ entity: 'ticket', externalId: 'SD-1398' }))?.title).toBe('Shared drive not mapped at login');
    expect(await client.fetchTicket({ entity: 'ticket', externalId: 'SD-1' })).toBeNull();
  });
});
