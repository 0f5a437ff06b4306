import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Tenant, TenantStore } from '../tenants/tenant-store.js';
import { unauthorized } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    tenant: Tenant;
  }
}

/**
 * Every route registered in this scope needs `Authorization: Bearer <key>` and sees only its
 * tenant. Runs before the body is parsed, so unauthenticated callers cost almost nothing.
 */
export function requireApiKey(scope: FastifyInstance, tenants: TenantStore) {
  scope.decorateRequest('tenant', null as unknown as Tenant);
  scope.addHook('onRequest', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (!header) throw unauthorized('missing Authorization header; send "Authorization: Bearer <api key>"');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthorized('malformed Authorization header; expected "Bearer <api key>"');
    const tenant = await tenants.authenticate(match[1]);
    if (!tenant) throw unauthorized('unknown or revoked API key');
    request.tenant = tenant;
  });
}
