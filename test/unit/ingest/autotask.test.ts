import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebhookAuthError, WebhookPayloadError } from '../../../src/ingest/errors.js';
import { autotaskReceiver as receiver } from '../../../src/ingest/vendors/autotask.js';
import { fixture, noFetch, request, tamper } from './helpers.js';

const SECRET = 'at-secret-Zq8w2LkP0vXy';
const body = fixture('autotask-ticket-update.json');
const deps = { fetch: noFetch };
const sign = (secret: string, raw: Buffer) => `sha1=${createHmac('sha1', secret).update(raw).digest('base64')}`;

describe('autotask receiver', () => {
  it('matches the documented header format (sha1= + base64 of a 20-byte HMAC)', () => {
    expect(sign(SECRET, body)).toMatch(/^sha1=[A-Za-z0-9+/]{27}=$/);
  });

  it('accepts X-Hook-Signature computed with the SecretKey', async () => {
    await expect(receiver.verify(request(body, { 'x-hook-signature': sign(SECRET, body) }), { current: SECRET }, deps)).resolves.toBeUndefined();
  });

  it.each([
    ['a tampered body', tamper(body), sign(SECRET, body)],
    ['the wrong secret', body, sign('another-secret', body)],
    ['a missing header', body, undefined],
    ['a header without the sha1= prefix', body, sign(SECRET, body).slice(5)],
    ['a sha256 signature', body, `sha256=${createHmac('sha256', SECRET).update(body).digest('base64')}`],
  ])('rejects %s', async (_name, raw, header) => {
    await expect(receiver.verify(request(raw, { 'x-hook-signature': header }), { current: SECRET }, deps)).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('accepts the previous secret within the grace period only', async () => {
    const req = request(body, { 'x-hook-signature': sign('old-secret-123', body) });
    const secrets = (validUntil: Date) => ({ current: SECRET, previous: { secret: 'old-secret-123', validUntil } });
    await expect(receiver.verify(req, secrets(new Date(req.now.getTime() + 1)), deps)).resolves.toBeUndefined();
    await expect(receiver.verify(req, secrets(req.now), deps)).rejects.toThrow(/mismatch/);
  });

  it('turns a partial update into a fetch-back of the ticket', () => {
    expect(receiver.parse(request(body, {}))).toEqual({ deliveryId: null, tickets: [], fetchBack: [{ entity: 'ticket', externalId: '351182' }], deleted: [] });
  });

  it('maps deletes, ticket notes and configuration items', () => {
    const make = (o: object) => request(JSON.stringify({ Guid: 'g', Id: 9, ...o }), {});
    expect(receiver.parse(make({ Action: 'Delete', EntityType: 'Ticket' })).deleted).toEqual(['9']);
    expect(receiver.parse(make({ Action: 'Create', EntityType: 'TicketNote', Fields: { TicketID: 351182 } })).fetchBack).toEqual([
      { entity: 'note', externalId: '9', ticketExternalId: '351182' },
    ]);
    expect(receiver.parse(make({ Action: 'Update', EntityType: 'ConfigurationItem' })).fetchBack).toEqual([{ entity: 'configuration', externalId: '9' }]);
  });

  it('rejects a payload without an Id', () => {
    expect(() => receiver.parse(request('{"Action":"Update"}', {}))).toThrow(WebhookPayloadError);
  });
});
