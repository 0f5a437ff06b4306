import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.js';
import { generateApiKey, hashApiKey, keyPrefix } from './api-keys.js';

export interface Tenant {
  id: string;
  name: string;
}

export class TenantNameTakenError extends Error {}

export function createTenantStore(db: Db) {
  // Key lookups happen on every request: remember them briefly. A revoked key stops working
  // within the TTL.
  const cache = new Map<string, { tenant: Tenant | null; until: number }>();
  const ttlMs = 30_000;

  async function addKey(tenantId: string, key: string): Promise<void> {
    await db.query(
      `INSERT INTO api_keys (id, tenant_id, key_hash, prefix) VALUES ($1, $2, $3, $4) ON CONFLICT (key_hash) DO NOTHING`,
      [randomUUID(), tenantId, hashApiKey(key), keyPrefix(key)],
    );
  }

  return {
    async create(name: string): Promise<{ tenant: Tenant; apiKey: string }> {
      const tenant = { id: randomUUID(), name };
      const inserted = await db.query(`INSERT INTO tenants (id, name) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [tenant.id, name]);
      if (inserted.rowCount === 0) throw new TenantNameTakenError(`a tenant named "${name}" already exists`);
      const apiKey = generateApiKey();
      await addKey(tenant.id, apiKey);
      return { tenant, apiKey };
    },

    async byName(name: string): Promise<Tenant | null> {
      const r = await db.query<Tenant>('SELECT id, name FROM tenants WHERE name = $1', [name]);
      return r.rows[0] ?? null;
    },

    async list(): Promise<Tenant[]> {
      return (await db.query<Tenant>('SELECT id, name FROM tenants ORDER BY name')).rows;
    },

    async newKey(tenantId: string): Promise<string> {
      const apiKey = generateApiKey();
      await addKey(tenantId, apiKey);
      return apiKey;
    },

    /** Makes sure tenant `default` exists and holds this key (BOOTSTRAP_API_KEY). */
    async ensureBootstrap(key: string): Promise<Tenant> {
      await db.query(`INSERT INTO tenants (id, name) VALUES ($1, 'default') ON CONFLICT (name) DO NOTHING`, [randomUUID()]);
      const tenant = (await this.byName('default'))!;
      await addKey(tenant.id, key);
      return tenant;
    },

    async authenticate(key: string): Promise<Tenant | null> {
      const hash = hashApiKey(key);
      const hit = cache.get(hash);
      if (hit && hit.until > Date.now()) return hit.tenant;
      const r = await db.query<Tenant>(
        `SELECT t.id, t.name FROM api_keys k JOIN tenants t ON t.id = k.tenant_id
         WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
        [hash],
      );
      const tenant = r.rows[0] ?? null;
      if (cache.size > 10_000) cache.clear();
      cache.set(hash, { tenant, until: Date.now() + ttlMs });
      return tenant;
    },
  };
}

export type TenantStore = ReturnType<typeof createTenantStore>;
