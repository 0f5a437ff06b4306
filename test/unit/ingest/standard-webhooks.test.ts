import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebhookAuthError, WebhookPayloadError } from '../../../src/ingest/errors.js';
import { standardWebhooksReceiver as receiver } from '../../../src/ingest/vendors/standard-webhooks.js';
import { noFetch, request } from './helpers.js';

const deps = { fetch: noFetch };

// The specification's published test vector (standard-webhooks repo, libraries/javascript tests).
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: '1614265330',
  payload: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const vectorNow = new Date(Number(VECTOR.timestamp) * 1000);
const vectorHeaders = (signature = VECTOR.signature, timestamp = VECTOR.timestamp) => ({
  'webhook-id': VECTOR.id,
  'webhook-timestamp': timestamp,
  'webhook-signature': signature,
});

function sign(secret: string, id: string, ts: string, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64')}`;
}

describe('standard webhooks receiver', () => {
  it('passes the specification test vector', async () => {
    await expect(receiver.verify(request(VECTOR.payload, vectorHeaders(), vectorNow), { current: VECTOR.secret }, deps)).resolves.toBeUndefined();
  });

  it('accepts the secret without the whsec_ prefix', async () => {
    const bare = VECTOR.secret.slice('whsec_'.length);
    await expect(receiver.verify(request(VECTOR.payload, vectorHeaders(), vectorNow), { current: bare }, deps)).resolves.toBeUndefined();
  });

  it('accepts a list where one of several signatures is valid, skipping other versions', async () => {
    const header = `v1a,bm90IGEgc2lnbmF0dXJl v1,Ym9ndXM= ${VECTOR.signature} v2,abc`;
    await expect(receiver.verify(request(VECTOR.payload, vectorHeaders(header), vectorNow), { current: VECTOR.secret }, deps)).resolves.toBeUndefined();
  });

  it.each([
    ['a tampered body', '{"test": 2432232315}', vectorHeaders()],
    ['whitespace-reserialised JSON', '{"test":2432232314}', vectorHeaders()],
    ['a partial signature', VECTOR.payload, vectorHeaders('v1,')],
    ['a length-mismatched signature', VECTOR.payload, vectorHeaders('v1,AAAA')],
    ['only unknown versions', VECTOR.payload, vectorHeaders('v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=')],
    ['a missing signature', VECTOR.payload, { ...vectorHeaders(), 'webhook-signature': undefined }],
    ['a missing id', VECTOR.payload, { ...vectorHeaders(), 'webhook-id': undefined }],
    ['a missing timestamp', VECTOR.payload, { ...vectorHeaders(), 'webhook-timestamp': undefined }],
    ['a non-numeric timestamp', VECTOR.payload, vectorHeaders(VECTOR.signature, 'abc')],
    ['a fractional timestamp', VECTOR.payload, vectorHeaders(VECTOR.signature, '1614265330.5')],
  ])('rejects %s', async (_name, body, headers) => {
    await expect(receiver.verify(request(body, headers, vectorNow), { current: VECTOR.secret }, deps)).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('rejects an id with characters that break job keys', async () => {
    const id = 'msg:1.2';
    const headers = { 'webhook-id': id, 'webhook-timestamp': VECTOR.timestamp, 'webhook-signature': sign(VECTOR.secret, id, VECTOR.timestamp, VECTOR.payload) };
    await expect(receiver.verify(request(VECTOR.payload, headers, vectorNow), { current: VECTOR.secret }, deps)).rejects.toThrow(/webhook-id/);
  });

  it('accepts timestamps 5 minutes off and refuses 5 minutes and 1 second, in both directions', async () => {
    const verifyAt = (offsetS: number) =>
      receiver.verify(request(VECTOR.payload, vectorHeaders(), new Date(vectorNow.getTime() + offsetS * 1000)), { current: VECTOR.secret }, deps);
    await expect(verifyAt(300)).resolves.toBeUndefined();
    await expect(verifyAt(-300)).resolves.toBeUndefined();
    await expect(verifyAt(301)).rejects.toThrow(/5-minute/);
    await expect(verifyAt(-301)).rejects.toThrow(/5-minute/);
  });

  it('accepts the previous secret during its grace period and refuses it afterwards', async () => {
    const old = 'whsec_' + Buffer.alloc(32, 7).toString('base64');
    const fresh = 'whsec_' + Buffer.alloc(32, 9).toString('base64');
    const headers = vectorHeaders(sign(old, VECTOR.id, VECTOR.timestamp, VECTOR.payload));
    const grace = (ms: number) => ({ current: fresh, previous: { secret: old, validUntil: new Date(vectorNow.getTime() + ms) } });
    await expect(receiver.verify(request(VECTOR.payload, headers, vectorNow), grace(60_000), deps)).resolves.toBeUndefined();
    await expect(receiver.verify(request(VECTOR.payload, headers, vectorNow), grace(-1), deps)).rejects.toThrow(/mismatch/);
  });

  it('parses one ticket or an array, forcing the source to the kind', () => {
    const one = { externalId: 'T-1', title: 'Disk full', status: 'closed', statusName: 'Done', source: 'spoofed' };
    const parsed = receiver.parse(request(JSON.stringify(one), { 'webhook-id': 'msg_1' }));
    expect(parsed).toMatchObject({ deliveryId: 'msg_1', fetchBack: [], deleted: [] });
    expect(parsed.tickets).toEqual([expect.objectContaining({ externalId: 'T-1', source: 'standard-webhooks', status: 'closed' })]);
    const many = receiver.parse(request(JSON.stringify([one, { ...one, externalId: 'T-2' }]), {}));
    expect(many.tickets.map((t) => t.externalId)).toEqual(['T-1', 'T-2']);
  });

  it('rejects a ticket that does not match the schema, naming the field', () => {
    expect(() => receiver.parse(request(JSON.stringify({ externalId: 'T-1' }), {}))).toThrow(WebhookPayloadError);
    expect(() => receiver.parse(request(JSON.stringify({ externalId: 'T-1' }), {}))).toThrow(/title/);
    expect(() => receiver.parse(request('not json', {}))).toThrow(WebhookPayloadError);
    // Named as the API names fields, every problem of the ticket (up to three), not only the first.
    const batch = JSON.stringify([{ externalId: 'x', title: 'ok' }, { externalId: 'y', title: 'x', bogus: 1, hoursSpent: 'two' }]);
    expect(() => receiver.parse(request(batch, {}))).toThrow('body[1]: unknown field "bogus"');
    expect(() => receiver.parse(request(batch, {}))).toThrow('body[1].hoursSpent:');
    expect(() => receiver.parse(request(JSON.stringify({ externalId: 'z' }), {}))).toThrow('body.title:');
  });
});
