import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modes, rebuildNow, startHarness, settledTenant, ticket, type Harness } from '../support/harness.js';

/** `themes rebuild` cleans every stored ticket again, so an upgrade's better cleaning reaches old tickets. */
describe.each(modes)('themes rebuild (%s)', (mode) => {
  let h: Harness;
  let tenant: Awaited<ReturnType<Harness['tenant']>>;
  const titles = ['Backup failed on 5 May 2024', 'Backup failed on 6 May 2024', 'Drucker druckt nicht', 'Printer not printing'];

  beforeAll(async () => {
    h = await startHarness(mode);
    tenant = await h.tenant();
    const r = await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: tenant.auth, payload: titles.map((title) => ticket({ title, description: '' })) });
    expect(r.statusCode).toBe(202);
    await settledTenant(h, tenant.id);
  });
  afterAll(() => h.stop());

  const stored = async () =>
    new Map((await h.services.db.query<{ title: string; clean_title: string; terms: string[] }>(
      `SELECT title, clean_title, features->'title' AS terms FROM tickets WHERE tenant_id = $1`, [tenant.id],
    )).rows.map((r) => [r.title, r]));

  it('prepares every ticket again from its text, as the current code cleans it', async () => {
    const fresh = await stored();
    // As an older version would have stored them: dates not masked, the German word not translated.
    await h.services.db.query(
      `UPDATE tickets SET clean_title = 'stale', features = jsonb_set(features, '{title}', '["stale"]') WHERE tenant_id = $1`, [tenant.id],
    );
    const r = await rebuildNow(h, tenant.id);
    expect(r.tickets).toBe(4);
    const rebuilt = await stored();
    for (const title of titles) expect(rebuilt.get(title), title).toEqual(fresh.get(title));
    expect(rebuilt.get(titles[0])!.clean_title).toBe('Backup failed on <date>');
    const themes = await h.services.db.query<{ title: string; theme_id: string }>('SELECT title, theme_id FROM tickets WHERE tenant_id = $1', [tenant.id]);
    const themeOf = new Map(themes.rows.map((t) => [t.title, t.theme_id]));
    expect(themeOf.get(titles[0])).toBe(themeOf.get(titles[1]));
    expect(themeOf.get(titles[2])).toBe(themeOf.get(titles[3]));
  });
});
