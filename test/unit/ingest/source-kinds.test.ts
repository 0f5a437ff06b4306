import { describe, expect, it } from 'vitest';
import { receivers } from '../../../src/ingest/receivers.js';
import { generateWebhookSecret } from '../../../src/ingest/secrets.js';
import { parseSourceConfig, sourceConfigSchemas, sourceKind, webhookSecretFormat, webhookSecretOrigin } from '../../../src/ingest/source-kinds.js';

describe('source kinds', () => {
  it('has a receiver, a config schema and a secret origin for every kind', () => {
    for (const kind of sourceKind.options) {
      expect(receivers[kind].kind).toBe(kind);
      expect(sourceConfigSchemas[kind]).toBeDefined();
      expect(['generated', 'caller', 'vendor-key']).toContain(webhookSecretOrigin[kind]);
    }
  });

  it('requires the caller-supplied signing secret exactly for the caller kinds', () => {
    const zendesk = { subdomain: 'acme', email: 'a@acme.example', apiToken: 't' };
    expect(() => parseSourceConfig('zendesk', zendesk)).toThrow();
    expect(parseSourceConfig('zendesk', { ...zendesk, secret: 'zendesk-signing-secret' }).secret).toBe('zendesk-signing-secret');
    const callerKinds = sourceKind.options.filter((k) => webhookSecretOrigin[k] === 'caller');
    expect(callerKinds).toEqual(['zendesk', 'jira']);
  });

  it('accepts the documented ConnectWise credentials and normalises base URLs', () => {
    const cw = { site: 'api-na.myconnectwise.net', companyId: 'AcmeMSP', publicKey: 'p', privateKey: 'k', clientId: 'c' };
    expect(parseSourceConfig('connectwise', cw)).toEqual(cw);
    expect(() => parseSourceConfig('connectwise', { ...cw, extra: 1 })).toThrow();
    expect(parseSourceConfig('halopsa', { baseUrl: 'https://acme.halopsa.com/', clientId: 'a', clientSecret: 'b' }).baseUrl).toBe('https://acme.halopsa.com');
  });

  it('refuses base URLs that reach this machine or its network, however they are spelt', () => {
    const base = (baseUrl: string) => () => parseSourceConfig('halopsa', { baseUrl, clientId: 'a', clientSecret: 'b' });
    for (const url of ['https://localhost', 'https://localhost.', 'https://LOCALHOST', 'https://api.localhost', 'https://printer.local', 'https://127.0.0.1', 'https://127.0.0.1.', 'https://[::1]', 'http://acme.halopsa.com', 'https://acme.halopsa.com:8443']) {
      expect(base(url), url).toThrow(/https URL on a public host/);
    }
    expect(base('https://acme.halopsa.com.')()).toMatchObject({ baseUrl: 'https://acme.halopsa.com.' });
  });

  it('generates secrets in the format each kind needs (Autotask SecretKey max 64 chars)', () => {
    const whsec = generateWebhookSecret(webhookSecretFormat('standard-webhooks'));
    expect(whsec).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(whsec.slice(6), 'base64')).toHaveLength(32);
    const token = generateWebhookSecret(webhookSecretFormat('autotask'));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token).not.toBe(generateWebhookSecret('token'));
  });
});
