import type { Queryable } from '../db/db.js';
import { buildMatchIndex, loadCatalogue, type Standard, type StandardIndex } from '../standards/index.js';

/** The standards a tenant works with: the shipped catalogue minus those switched off, plus its own. */
export async function tenantStandards(db: Queryable, tenantId: string): Promise<{ standards: Standard[]; disabled: Set<string>; custom: Set<string> }> {
  const [custom, disabled] = await Promise.all([
    db.query<{ standard: Standard }>('SELECT standard FROM tenant_standards WHERE tenant_id = $1 ORDER BY id', [tenantId]),
    db.query<{ standard_id: string }>('SELECT standard_id FROM disabled_standards WHERE tenant_id = $1', [tenantId]),
  ]);
  const off = new Set(disabled.rows.map((r) => r.standard_id));
  const own = custom.rows.map((r) => r.standard);
  return { standards: [...loadCatalogue(), ...own], disabled: off, custom: new Set(own.map((s) => s.id)) };
}

// Building the match index costs tens of milliseconds: reuse it while the tenant's set is unchanged.
const indexCache = new Map<string, { signature: string; index: StandardIndex }>();

export function matchIndexFor(tenantId: string, active: Standard[]): StandardIndex {
  const signature = active.map((s) => s.id).join(',') + JSON.stringify(active.filter((s) => !loadCatalogue().includes(s)));
  const hit = indexCache.get(tenantId);
  if (hit && hit.signature === signature) return hit.index;
  const index = buildMatchIndex(active);
  indexCache.set(tenantId, { signature, index });
  return index;
}
