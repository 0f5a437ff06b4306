import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebhookAuthError } from '../../../src/ingest/errors.js';
import { zendeskReceiver as receiver } from '../../../src/ingest/vendors/zendesk.js';
import { fixture, NOW, noFetch, request, tamper } from './helpers.js';

const SECRET = 'dGhpc19zZHNfaXNfYV96ZW5kZXNrX3NlY3JldA';
const body = fixture('zendesk-ticket-status-changed.json');
const deps = { fetch: noFetch };
const TS = '2026-11-02T12:00:00Z';
/** Zendesk: base64 HMAC-SHA256(secret, timestamp + body), no separator. */
const sign = (secret: string, ts: string, raw: Buffer) => createHmac('sha256', secret).update(ts + raw.toString('utf8')).digest('base64');
const headers = (signature: string | undefined, ts: string | undefined = TS) => ({
  'x-zendesk-webhook-signature': signature,
  'x-zendesk-webhook-signature-timestamp': ts,
});

describe('zendesk receiver', () => {
  it('accepts a delivery signed over timestamp + body', async () => {
    await expect(receiver.verify(request(body, headers(sign(SECRET, TS, body))), { current: SECRET }, deps)).resolves.toBeUndefined();
  });

  it.each([
    ['a tampered body', tamper(body), headers(sign(SECRET, TS, body))],
    ['the wrong secret', body, headers(sign('wrong-secret', TS, body))],
    ['a signature over the body alone', body, headers(createHmac('sha256', SECRET).update(body).digest('base64'))],
    ['a signature for another timestamp', body, headers(sign(SECRET, '2026-11-02T11:59:00Z', body))],
    ['a missing signature', body, headers(undefined)],
    ['a missing timestamp', body, { 'x-zendesk-webhook-signature': sign(SECRET, TS, body) }],
  ])('rejects %s', async (_name, raw, h) => {
    await expect(receiver.verify(request(raw, h), { current: SECRET }, deps)).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('refuses correctly signed deliveries outside the 5-minute window, either way', async () => {
    for (const [ts, ok] of [
      ['2026-11-02T11:55:00Z', true],
      ['2026-11-02T11:54:59Z', false],
      ['2026-11-02T12:05:01Z', false],
    ] as const) {
      const verifying = receiver.verify(request(body, headers(sign(SECRET, ts, body), ts), NOW), { current: SECRET }, deps);
      if (ok) await expect(verifying).resolves.toBeUndefined();
      else await expect(verifying).rejects.toThrow(/5-minute/);
    }
  });

  it('accepts the previous signing secret within the grace period only', async () => {
    const req = request(body, headers(sign('previous-secret', TS, body)));
    await expect(receiver.verify(req, { current: SECRET, previous: { secret: 'previous-secret', validUntil: new Date('2026-11-03') } }, deps)).resolves.toBeUndefined();
    await expect(receiver.verify(req, { current: SECRET, previous: { secret: 'previous-secret', validUntil: new Date('2026-11-01') } }, deps)).rejects.toThrow();
  });

  it('maps the ticket in detail, with the event id for de-duplication', () => {
    const parsed = receiver.parse(request(body, {}));
    expect(parsed.deliveryId).toBe('cbe4028c-7239-495d-b020-f22348516046');
    expect(parsed.tickets).toEqual([
      {
        externalId: '35436',
        source: 'zendesk',
        revision: '2026-11-02T12:00:00Z',
        title: 'Accounting app cannot print',
        description: 'Cannot print from the accounting app since the update.',
        status: 'closed',
        statusName: 'CLOSED',
        priority: 'normal',
        client: { id: '8447346622462' },
        contact: { id: '8447388090494' },
        category: { board: '8447320466430', type: 'incident', subtype: '8646151517822' },
        createdAt: '2026-11-02T09:14:00.000Z',
        updatedAt: '2026-11-02T12:00:00.000Z',
        closedAt: '2026-11-02T12:00:00.000Z',
      },
    ]);
  });

  it('maps solved to resolved, deletions to deleted, and ignores non-ticket events', () => {
    const event = JSON.parse(body.toString());
    const solved = { ...event, detail: { ...event.detail, status: 'SOLVED' } };
    expect(receiver.parse(request(JSON.stringify(solved), {})).tickets[0]).toMatchObject({ status: 'resolved', statusName: 'SOLVED' });
    const deleted = { ...event, type: 'zen:event-type:ticket.soft_deleted' };
    expect(receiver.parse(request(JSON.stringify(deleted), {}))).toMatchObject({ deleted: ['35436'], tickets: [] });
    const undeleted = { ...event, type: 'zen:event-type:ticket.undeleted' };
    expect(receiver.parse(request(JSON.stringify(undeleted), {})).deleted).toEqual([]);
    const trimmed = { ...event, detail: { id: '35436' } };
    expect(receiver.parse(request(JSON.stringify(trimmed), {})).fetchBack).toEqual([{ entity: 'ticket', externalId: '35436' }]);
    const user = { type: 'zen:event-type:user.created', id: 'x', detail: { id: '1' } };
    expect(receiver.parse(request(JSON.stringify(user), {}))).toMatchObject({ tickets: [], deleted: [], fetchBack: [] });
  });
});
