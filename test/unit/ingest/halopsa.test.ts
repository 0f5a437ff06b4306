import { describe, expect, it } from 'vitest';
import { WebhookAuthError, WebhookPayloadError } from '../../../src/ingest/errors.js';
import { halopsaReceiver as receiver } from '../../../src/ingest/vendors/halopsa.js';
import { fixture, noFetch, request } from './helpers.js';

const SECRET = 'halo-generated-secret-4f1c';
const deps = { fetch: noFetch };
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

describe('halopsa receiver: verify', () => {
  it.each([
    ['Basic auth with the secret as password', basic('recurrence', SECRET)],
    ['Basic auth with a colon in the password', basic('u', SECRET)],
    ['a Bearer token', `Bearer ${SECRET}`],
  ])('accepts %s', async (_name, authorization) => {
    await expect(receiver.verify(request('{}', { authorization }), { current: SECRET }, deps)).resolves.toBeUndefined();
  });

  it.each([
    ['a wrong password', basic('recurrence', 'guess')],
    ['the secret as user name', basic(SECRET, '')],
    ['an unknown scheme', `Token ${SECRET}`],
    ['no authorization header', undefined],
  ])('rejects %s', async (_name, authorization) => {
    await expect(receiver.verify(request('{}', { authorization }), { current: SECRET }, deps)).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('accepts the previous secret until validUntil', async () => {
    const req = request('{}', { authorization: basic('x', 'old-secret') });
    const secrets = (ms: number) => ({ current: SECRET, previous: { secret: 'old-secret', validUntil: new Date(req.now.getTime() + ms) } });
    await expect(receiver.verify(req, secrets(1000), deps)).resolves.toBeUndefined();
    await expect(receiver.verify(req, secrets(-1000), deps)).rejects.toBeInstanceOf(WebhookAuthError);
  });
});

describe('halopsa receiver: parse', () => {
  it('maps a full-object payload', () => {
    const { tickets, fetchBack } = receiver.parse(request(fixture('halopsa-full-object.json'), {}));
    expect(fetchBack).toEqual([]);
    expect(tickets).toEqual([
      {
        externalId: '5531',
        source: 'halopsa',
        revision: '2026-11-02T12:00:05',
        title: 'Printer offline on 2nd floor',
        description: 'The HP printer on floor 2 shows offline.\nRestarted already.',
        status: 'closed',
        statusName: 'Closed',
        priority: '3',
        client: { id: '12', name: 'Acme Dental' },
        contact: { id: '88', name: 'Dana Reyes', email: 'dana@acme.example' },
        device: { id: '301', name: 'PRN-0042' },
        category: { board: '1st Line', type: 'Incident', subtype: 'Hardware', item: 'Printer' },
        createdAt: '2026-11-02T09:00:00.000Z',
        updatedAt: '2026-11-02T12:00:05.000Z',
        closedAt: '2026-11-02T12:00:00.000Z',
        hoursSpent: 0.5,
      },
    ]);
  });

  it('splits a batched delivery into tickets and fetch-backs for id-only events', () => {
    const parsed = receiver.parse(request(fixture('halopsa-batch.json'), {}));
    expect(parsed.fetchBack).toEqual([
      { entity: 'ticket', externalId: '123' },
      { entity: 'ticket', externalId: '124' },
    ]);
    expect(parsed.tickets.map((t) => t.externalId)).toEqual(['5531']);
  });

  it('treats 1900-01-01 as no close date and keeps an open ticket open', () => {
    const raw = JSON.stringify({ event: 'Ticket Updated', ticket: { id: 1, summary: 'x', status_id: 2, dateclosed: '1900-01-01T00:00:00' } });
    const [ticket] = receiver.parse(request(raw, {})).tickets;
    expect(ticket).toMatchObject({ status: 'open', statusName: 'status 2' });
    expect(ticket?.closedAt).toBeUndefined();
  });

  it('rejects events that name no ticket', () => {
    expect(() => receiver.parse(request('[{"event":"x"}]', {}))).toThrow(WebhookPayloadError);
    expect(() => receiver.parse(request('[1]', {}))).toThrow(WebhookPayloadError);
  });
});
