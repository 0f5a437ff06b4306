import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidateNow, eventually, modes, rebuildNow, startHarness, ticket, type Harness, settledTenant } from '../support/harness.js';

describe.each(modes)('theme engine with sentence embeddings on (%s)', (mode) => {
  let h: Harness;
  let tenant: Awaited<ReturnType<Harness['tenant']>>;
  const printer = ['Printer on floor 2 is offline', 'printer offline, print jobs stuck', 'The office printer shows offline again', 'printer offline since this morning'];
  const vpn = ['VPN drops every hour', 'vpn connection drops when working from home', 'VPN keeps disconnecting', 'the vpn drops after a few minutes'];

  beforeAll(async () => {
    h = await startHarness(mode, { env: { THEME_EMBEDDINGS: 'true' } });
    tenant = await h.tenant();
    const r = await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: tenant.auth, payload: [...printer, ...vpn].map((title) => ticket({ title, description: '' })) });
    expect(r.statusCode).toBe(202);
    await settledTenant(h, tenant.id, 60_000);
    await consolidateNow(h, tenant.id);
  }, 90_000);
  afterAll(() => h.stop());

  it('stores each ticket with its embedding and groups the tickets by cause', async () => {
    const stored = await h.services.db.query<{ title: string; theme_id: string; embedded: boolean }>(
      `SELECT title, theme_id, (features->>'embedding') IS NOT NULL AS embedded FROM tickets WHERE tenant_id = $1`, [tenant.id],
    );
    expect(stored.rows).toHaveLength(8);
    for (const row of stored.rows) expect(row.embedded).toBe(true);
    const themeOf = new Map(stored.rows.map((row) => [row.title, row.theme_id]));
    expect(new Set(printer.map((t) => themeOf.get(t))).size).toBe(1);
    expect(new Set(vpn.map((t) => themeOf.get(t))).size).toBe(1);
    expect(themeOf.get(printer[0])).not.toBe(themeOf.get(vpn[0]));
  });

  it('embeds, on rebuild, the tickets analysed before embeddings were on', async () => {
    await h.services.db.query(`UPDATE tickets SET features = features - 'embedding' WHERE tenant_id = $1 AND title LIKE 'VPN%'`, [tenant.id]);
    const r = await rebuildNow(h, tenant.id);
    expect(r.tickets).toBe(8);
    const missing = await h.services.db.query(`SELECT id FROM tickets WHERE tenant_id = $1 AND (features->>'embedding') IS NULL`, [tenant.id]);
    expect(missing.rows).toHaveLength(0);
  });
});
