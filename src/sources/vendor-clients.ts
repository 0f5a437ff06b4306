import { createVendorClient, type VendorClient } from '../ingest/index.js';
import type { SourceCredentials } from './source-store.js';

export type VendorClientFor = (source: SourceCredentials) => VendorClient | null;

/**
 * One API client per source version (a credentials update makes a new one), so per-client caches
 * such as Autotask's picklist labels are fetched once. `fetch` is the global fetch in production;
 * tests inject one that routes the vendor's https host to a local fake server (the only way to
 * reach a non-public host: source configs refuse http, IP literals and localhost).
 */
export function createVendorClients(vendorFetch: typeof fetch): VendorClientFor {
  const clients = new Map<string, VendorClient | null>();
  return (source) => {
    const key = `${source.id}@${source.updatedAt}`;
    if (!clients.has(key)) {
      for (const k of clients.keys()) if (k.startsWith(`${source.id}@`)) clients.delete(k);
      clients.set(key, createVendorClient(source.kind, source.config, { fetch: vendorFetch }));
    }
    return clients.get(key)!;
  };
}
