import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebhookAuthError } from '../../../src/ingest/errors.js';
import { adfToText } from '../../../src/ingest/vendors/adf-to-text.js';
import { jiraReceiver as receiver } from '../../../src/ingest/vendors/jira.js';
import { fixture, noFetch, request, tamper } from './helpers.js';

const SECRET = 'jira-admin-webhook-secret';
const body = fixture('jira-issue-updated.json');
const deps = { fetch: noFetch };
const sign = (secret: string, raw: Buffer | string) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;

describe('jira receiver: verify', () => {
  it('passes the GitHub/WebSub published vector (same X-Hub-Signature scheme)', async () => {
    const req = request('Hello, World!', { 'x-hub-signature': 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17' });
    await expect(receiver.verify(req, { current: "It's a Secret to Everybody" }, deps)).resolves.toBeUndefined();
  });

  it('accepts an upper-case hex digest', async () => {
    await expect(receiver.verify(request(body, { 'x-hub-signature': sign(SECRET, body).toUpperCase().replace('SHA256', 'sha256') }), { current: SECRET }, deps)).resolves.toBeUndefined();
  });

  it.each([
    ['a tampered body', tamper(body), sign(SECRET, body)],
    ['the wrong secret', body, sign('nope', body)],
    ['a missing header', body, undefined],
    ['a sha1 header', body, `sha1=${createHmac('sha1', SECRET).update(body).digest('hex')}`],
    ['a truncated digest', body, sign(SECRET, body).slice(0, 40)],
  ])('rejects %s', async (_name, raw, header) => {
    await expect(receiver.verify(request(raw, { 'x-hub-signature': header }), { current: SECRET }, deps)).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('accepts the previous secret only within its grace period', async () => {
    const req = request(body, { 'x-hub-signature': sign('old', body) });
    await expect(receiver.verify(req, { current: SECRET, previous: { secret: 'old', validUntil: new Date('2030-01-01') } }, deps)).resolves.toBeUndefined();
    await expect(receiver.verify(req, { current: SECRET, previous: { secret: 'old', validUntil: new Date('2020-01-01') } }, deps)).rejects.toThrow();
  });
});

describe('jira receiver: parse', () => {
  it('maps the full issue, ADF description and the closing changelog', () => {
    const parsed = receiver.parse(request(body, { 'x-atlassian-webhook-identifier': 'wh-77' }));
    expect(parsed.deliveryId).toBe('wh-77');
    expect(parsed.tickets).toEqual([
      {
        externalId: 'SD-1398',
        source: 'jira',
        revision: '2026-11-02T12:20:00.000+0000',
        title: 'Shared drive not mapped at login',
        description: 'The shared drive S: is not mapped at login.\nAffects @Dana Reyes',
        resolution: 'Done',
        status: 'closed',
        statusName: 'Closed',
        priority: 'Medium',
        client: { id: 'SD', name: 'Service Desk' },
        contact: { id: '5b10', name: 'Dana Reyes', email: 'dana@acme.example' },
        category: { board: 'Service Desk', type: 'Incident', subtype: 'Get IT help' },
        createdAt: '2026-11-02T09:14:00.000Z',
        updatedAt: '2026-11-02T12:20:00.000Z',
        closedAt: '2026-11-02T12:20:00.000Z',
        hoursSpent: 0.75,
      },
    ]);
  });

  it('falls back to the changelog when a trimmed payload lacks status and resolution date', () => {
    const event = JSON.parse(body.toString());
    delete event.issue.fields.status;
    delete event.issue.fields.resolutiondate;
    const [ticket] = receiver.parse(request(JSON.stringify(event), {})).tickets;
    expect(ticket).toMatchObject({ status: 'closed', statusName: 'Closed' });
  });

  it('keeps "Resolved" in the done category as resolved', () => {
    const event = JSON.parse(body.toString());
    event.issue.fields.status.name = 'Resolved';
    expect(receiver.parse(request(JSON.stringify(event), {})).tickets[0]?.status).toBe('resolved');
  });

  it('maps deletes and turns comment events into fetch-backs', () => {
    const event = JSON.parse(body.toString());
    expect(receiver.parse(request(JSON.stringify({ ...event, webhookEvent: 'jira:issue_deleted' }), {})).deleted).toEqual(['SD-1398']);
    expect(receiver.parse(request(JSON.stringify({ ...event, webhookEvent: 'comment_created' }), {})).fetchBack).toEqual([{ entity: 'ticket', externalId: 'SD-1398' }]);
    const trimmed = { ...event, issue: { id: '30369', key: 'SD-1398', fields: { status: { name: 'Closed' } } } };
    expect(receiver.parse(request(JSON.stringify(trimmed), {}))).toMatchObject({ tickets: [], fetchBack: [{ entity: 'ticket', externalId: 'SD-1398' }] });
  });
});

describe('adfToText', () => {
  it('survives a 5,000-deep document', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let i = 0; i < 5_000; i++) node = { type: 'paragraph', content: [node] };
    expect(adfToText({ type: 'doc', content: [node] })).toBe('deep');
  });

  it('keeps hard breaks, cards and plain-text (v2) descriptions', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'inlineCard', attrs: { url: 'https://x.example' } }] }] };
    expect(adfToText(doc)).toBe('a\nhttps://x.example');
    expect(adfToText('plain *wiki* text')).toBe('plain *wiki* text');
  });
});
