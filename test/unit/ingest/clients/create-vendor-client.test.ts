import { describe, expect, it } from 'vitest';
import { createVendorClient } from '../../../../src/ingest/clients/create-vendor-client.js';

const deps = { fetch: (() => Promise.reject(new Error('no network'))) as typeof fetch };

describe('createVendorClient', () => {
  it('returns null for kinds whose webhooks carry the whole ticket', () => {
    for (const kind of ['freshservice', 'syncro', 'servicenow', 'standard-webhooks'] as const) expect(createVendorClient(kind, {}, deps)).toBeNull();
  });

  it.each([
    ['connectwise', { site: 'evil.example', companyId: 'a', publicKey: 'b', privateKey: 'c', clientId: 'd' }],
    ['autotask', { baseUrl: 'http://webservices5.autotask.net/atservicesrest', username: 'u', secret: 's', integrationCode: 'i' }],
    ['autotask', { baseUrl: 'https://evil.example/atservicesrest', username: 'u', secret: 's', integrationCode: 'i' }],
    ['halopsa', { baseUrl: 'https://127.0.0.1', clientId: 'a', clientSecret: 'b' }],
    ['halopsa', { baseUrl: 'https://localhost', clientId: 'a', clientSecret: 'b' }],
    ['halopsa', { baseUrl: 'https://user:pw@acme.halopsa.com', clientId: 'a', clientSecret: 'b' }],
    ['zendesk', { subdomain: 'acme.evil.example', email: 'a@b.example', apiToken: 't', secret: 'secret-123' }],
    ['jira', { siteUrl: 'https://acme.atlassian.net.evil.example', email: 'a@b.example', apiToken: 't', secret: 'secret-123' }],
  ] as const)('refuses a %s config that would point the worker elsewhere', (kind, config) => {
    expect(() => createVendorClient(kind, config, deps)).toThrow();
  });
});
