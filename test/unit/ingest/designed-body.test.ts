import { describe, expect, it } from 'vitest';
import { WebhookAuthError, WebhookPayloadError } from '../../../src/ingest/errors.js';
import { FRESHSERVICE_BODY_TEMPLATE, freshserviceReceiver } from '../../../src/ingest/vendors/freshservice.js';
import { SERVICENOW_BUSINESS_RULE_SCRIPT, servicenowReceiver } from '../../../src/ingest/vendors/servicenow.js';
import { SECRET_HEADER } from '../../../src/ingest/vendors/shared-secret.js';
import { SYNCRO_BODY_TEMPLATE, syncroReceiver } from '../../../src/ingest/vendors/syncro.js';
import { fixture, noFetch, request } from './helpers.js';

const SECRET = 'generated-secret-9s8d7f6g5h4j3k2l';
const deps = { fetch: noFetch };

/** What Freshworks would send: the template with each {{placeholder}} replaced by the field value. */
function expand(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{([^}]+)\}\}/g, (_m, name: string) => JSON.stringify(values[name] ?? '').slice(1, -1));
}

describe.each([
  ['freshservice', freshserviceReceiver],
  ['syncro', syncroReceiver],
  ['servicenow', servicenowReceiver],
] as const)('%s receiver: secret header', (_kind, receiver) => {
  it('accepts the secret in x-recurrence-secret', async () => {
    await expect(receiver.verify(request('{}', { [SECRET_HEADER]: SECRET }), { current: SECRET }, deps)).resolves.toBeUndefined();
  });

  it.each([
    ['a wrong secret', 'guess'],
    ['a prefix of the secret', SECRET.slice(0, 10)],
    ['a missing header', undefined],
  ])('rejects %s', async (_name, value) => {
    await expect(receiver.verify(request('{}', { [SECRET_HEADER]: value }), { current: SECRET }, deps)).rejects.toBeInstanceOf(WebhookAuthError);
  });

  it('accepts the previous secret only until validUntil', async () => {
    const req = request('{}', { [SECRET_HEADER]: 'old-secret' });
    const until = (ms: number) => ({ current: SECRET, previous: { secret: 'old-secret', validUntil: new Date(req.now.getTime() + ms) } });
    await expect(receiver.verify(req, until(1), deps)).resolves.toBeUndefined();
    await expect(receiver.verify(req, until(0), deps)).rejects.toBeInstanceOf(WebhookAuthError);
  });
});

describe('freshservice receiver: the shipped template', () => {
  it('is valid JSON once placeholders are expanded, and maps every field it names', () => {
    const raw = expand(FRESHSERVICE_BODY_TEMPLATE, {
      'ticket.id': '4012',
      'ticket.subject': 'New starter needs "Finance" share',
      'ticket.description_text': 'Line one\nLine two',
      'ticket.status': 'Closed',
      'ticket.priority': 'Medium',
      'ticket.category': 'Access',
      'ticket.sub_category': 'File share',
      'ticket.item_category': 'Finance',
      'ticket.group_name': 'Service Desk',
      'ticket.department_name': 'Acme Dental',
      'ticket.requester.name': 'Dana Reyes',
      'ticket.requester.email': 'dana@acme.example',
      'ticket.latest_public_note': 'Access granted.',
      'ticket.created_on': '2026-11-02T09:14:00Z',
      'ticket.modified_on': '2026-11-02T12:00:00Z',
    });
    const { tickets } = freshserviceReceiver.parse(request(raw, {}));
    expect(tickets).toEqual([
      {
        externalId: '4012',
        source: 'freshservice',
        title: 'New starter needs "Finance" share',
        description: 'Line one\nLine two',
        notes: [{ text: 'Access granted.', kind: 'internal' }],
        status: 'closed',
        statusName: 'Closed',
        priority: 'Medium',
        client: { id: 'Acme Dental', name: 'Acme Dental' },
        contact: { id: 'dana@acme.example', name: 'Dana Reyes', email: 'dana@acme.example' },
        category: { board: 'Service Desk', type: 'Access', subtype: 'File share', item: 'Finance' },
        createdAt: '2026-11-02T09:14:00.000Z',
        updatedAt: '2026-11-02T12:00:00.000Z',
      },
    ]);
  });

  it('treats unexpanded placeholders as absent and rejects a body without a ticket', () => {
    const raw = '{"ticket":{"id":"1","subject":"x","status":"{{ticket.status}}","priority":""}}';
    const [ticket] = freshserviceReceiver.parse(request(raw, {})).tickets;
    expect(ticket).toMatchObject({ externalId: '1', status: 'open' });
    expect(ticket?.statusName).toBeUndefined();
    expect(() => freshserviceReceiver.parse(request('{"id":1}', {}))).toThrow(WebhookPayloadError);
  });
});

describe('syncro receiver', () => {
  it('maps the native attributes payload', () => {
    const { tickets } = syncroReceiver.parse(request(fixture('syncro-ticket.json'), {}));
    expect(tickets).toEqual([
      {
        externalId: '9981',
        source: 'syncro',
        title: 'Laptop fan loud',
        description: 'The fan is very loud when the laptop starts.',
        notes: [{ text: 'Cleaned the vents, fan quiet now.', kind: 'internal', createdAt: '2026-11-02T16:59:00.000Z' }],
        status: 'resolved',
        statusName: 'Resolved',
        priority: '2 Normal',
        client: { id: '501', name: 'Acme Dental' },
        category: { type: 'Hardware' },
        createdAt: '2026-11-02T14:14:00.000Z',
        updatedAt: '2026-11-02T17:00:00.000Z',
        closedAt: '2026-11-02T17:00:00.000Z',
      },
    ]);
  });

  it('parses the shipped template once expanded, and ignores non-ticket notifications', () => {
    const raw = expand(SYNCRO_BODY_TEMPLATE, { 'ticket.id': '77', 'ticket.subject': 'Printer jam', 'ticket.status': 'Closed' });
    expect(syncroReceiver.parse(request(raw, {})).tickets[0]).toMatchObject({ externalId: '77', status: 'closed' });
    expect(syncroReceiver.parse(request('{"attributes":{"id":5,"computer_name":"PC1"},"text":"alert"}', {})).tickets).toEqual([]);
  });
});

describe('servicenow receiver', () => {
  it('ships a business rule that posts JSON.stringify-ed incident fields with the secret header', () => {
    expect(SERVICENOW_BUSINESS_RULE_SCRIPT).toContain("setRequestHeader('x-recurrence-secret'");
    expect(SERVICENOW_BUSINESS_RULE_SCRIPT).toContain('JSON.stringify(body)');
  });

  it('maps an incident, reading ServiceNow UTC dates and state 7 as closed', () => {
    const { tickets } = servicenowReceiver.parse(request(fixture('servicenow-incident.json'), {}));
    expect(tickets).toEqual([
      {
        externalId: 'INC0010023',
        source: 'servicenow',
        revision: '7',
        title: 'Email not syncing on mobile',
        description: 'Since the password change the phone stops syncing mail.',
        resolution: 'Solved (Permanently): Re-added the account on the phone.',
        status: 'closed',
        statusName: 'Closed',
        priority: '3 - Moderate',
        client: { id: '31bea3d53790200044e0bfc8bcbe5dec', name: 'Acme Dental' },
        contact: { id: '5137153cc611227c000bbd1bd8cd2007', name: 'Dana Reyes', email: 'dana@acme.example' },
        device: { id: 'b0c4030ac0a800090152e7a4564ca36c', name: 'ACME-PH-007' },
        category: { board: 'Service Desk', type: 'software', subtype: 'email' },
        createdAt: '2026-11-02T09:14:00.000Z',
        updatedAt: '2026-11-02T12:30:00.000Z',
        closedAt: '2026-11-02T12:30:00.000Z',
      },
    ]);
  });

  it('maps a delete operation and state 6 as resolved', () => {
    const incident = JSON.parse(fixture('servicenow-incident.json').toString());
    expect(servicenowReceiver.parse(request(JSON.stringify({ ...incident, operation: 'delete' }), {})).deleted).toEqual(['INC0010023']);
    const resolved = { ...incident, state: '6', state_name: undefined };
    expect(servicenowReceiver.parse(request(JSON.stringify(resolved), {})).tickets[0]).toMatchObject({ status: 'resolved', statusName: 'Resolved', closedAt: '2026-11-02T12:00:00.000Z' });
  });
});
