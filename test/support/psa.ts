import { createHash, createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { createPgliteDb } from '../../src/db/pglite.js';
import { startRuntime } from '../../src/runtime.js';
import { testConfig, type Harness, type Mode } from './harness.js';

/** The secrets key the PSA tests run with (PostgreSQL mode requires one). */
export const TEST_SECRETS_KEY = 'a'.repeat(64);

export interface PsaHarness extends Harness {
  /** Every log line the API and worker wrote (LOG_LEVEL trace), to prove no secret is logged. */
  logs: string[];
  post(url: string, body: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  webhook(url: string, body: Buffer | string, headers: Record<string, string | undefined>): Promise<LightMyRequestResponse>;
  ticketByExternalId(tenantId: string, source: string, externalId: string): Promise<Record<string, any> | undefined>;
}

/**
 * The harness with the PSA test seams: `vendorFetch` (routes vendor https hosts to local fake
 * servers; production never sets it) and a log stream the tests read.
 */
export async function startPsaHarness(mode: Mode, opts: { vendorFetch?: typeof fetch; env?: Record<string, string> } = {}): Promise<PsaHarness> {
  const config = testConfig(mode, { SECRETS_KEY: TEST_SECRETS_KEY, LOG_LEVEL: 'trace', ...opts.env });
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const db = config.DATABASE_URL ? undefined : await createPgliteDb(null);
  const running = await startRuntime(config, { db, listen: false, queuePrefix: `test-${randomUUID()}`, vendorFetch: opts.vendorFetch, logStream });
  await running.app!.ready();
  const app = running.app!;
  return {
    ...running,
    config,
    logs,
    async tenant() {
      const { tenant, apiKey } = await running.services.tenants.create(`t-${randomUUID()}`);
      return { id: tenant.id, key: apiKey, auth: { authorization: `Bearer ${apiKey}` } };
    },
    post: (url, body, headers = {}) => app.inject({ method: 'POST', url, headers, payload: body as object }),
    webhook: (url, body, headers) =>
      app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json', ...(Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>) },
        payload: body,
      }),
    async ticketByExternalId(tenantId, source, externalId) {
      const r = await running.services.db.query<Record<string, any>>('SELECT * FROM tickets WHERE tenant_id = $1 AND source = $2 AND external_id = $3', [tenantId, source, externalId]);
      return r.rows[0];
    },
  };
}

export function psaFixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/psa/${name}`, import.meta.url));
}

/** Signatures computed here, independently of src/ingest, from each vendor's documentation. */
export const sign = {
  connectwise: (key: string, body: Buffer) => createHmac('sha256', createHash('sha256').update(key).digest()).update(body).digest('base64'),
  autotask: (secret: string, body: Buffer) => `sha1=${createHmac('sha1', secret).update(body).digest('base64')}`,
  zendesk: (secret: string, timestamp: string, body: Buffer) => createHmac('sha256', secret).update(timestamp + body.toString('utf8')).digest('base64'),
  jira: (secret: string, body: Buffer) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
  standardWebhooks: (secret: string, id: string, timestamp: string, body: Buffer) =>
    `v1,${createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64')).update(`${id}.${timestamp}.${body.toString('utf8')}`).digest('base64')}`,
};
