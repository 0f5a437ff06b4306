import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshSuggestions } from '../../src/suggestions/refresh-suggestions.js';
import { consolidateNow, eventually, modes, startHarness, type Harness, settledTenant } from '../support/harness.js';

/** A tenant's own standard for a problem the shipped catalogue does not know. */
const ribbonStandard = {
  id: 'label-printer-ribbon-spec',
  title: 'One ribbon type for every label printer',
  category: 'printing',
  prevents: 'Label printers at the packing stations jam because mixed ribbon widths are loaded.',
  evidence: { terms: ['label printer', 'ribbon', 'ribbon jam'] },
  implementation: ['Buy one ribbon width for all packing-station label printers.'],
  verification: ['No ribbon jam tickets from the packing stations for eight weeks.'],
  effortHours: 4,
};

describe.each(modes)('standards API (%s)', (mode) => {
  let h: Harness;
  let tenant: Awaited<ReturnType<Harness['tenant']>>;
  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    h.app!.inject({ method, url, headers: tenant.auth, ...(payload ? { payload } : {}) });
  const listed = async () => (await api('GET', '/v1/standards')).json().items as Array<{ id: string; title: string; enabled: boolean; origin: string }>;
  const suggestionFor = async (standardId: string) => {
    await refreshSuggestions(h.services.db, tenant.id);
    const items = (await api('GET', '/v1/suggestions?limit=100')).json().items as Array<{ standardId: string | null; title: string; status: string }>;
    return items.find((s) => s.standardId === standardId);
  };

  beforeAll(async () => {
    h = await startHarness(mode);
    tenant = await h.tenant();
    // The same ribbon jam, again and again, at two clients over eight weeks.
    const tickets = Array.from({ length: 16 }, (_, i) => ({
      externalId: `RB-${i}`,
      title: i % 2 ? 'Label printer ribbon jam at packing station' : 'Ribbon jammed in label printer again',
      description: 'The label printer stops with a ribbon jam; the ribbon loaded is the wrong width.',
      client: { id: `c${i % 2}`, name: `Client ${i % 2}` },
      createdAt: new Date(Date.UTC(2026, 8, 1) + i * 3.5 * 86_400_000).toISOString(),
    }));
    expect((await api('POST', '/v1/tickets', tickets)).statusCode).toBe(202);
    await settledTenant(h, tenant.id, 60_000);
    await consolidateNow(h, tenant.id);
  }, 120_000);
  afterAll(() => h.stop());

  it("adds a tenant's own standard, which is listed, matched and suggested like a shipped one", async () => {
    const created = await api('POST', '/v1/standards', ribbonStandard);
    expect(created.statusCode).toBe(201);
    const items = await listed();
    expect(items.find((s) => s.id === ribbonStandard.id)).toMatchObject({ origin: 'tenant', enabled: true, title: ribbonStandard.title });
    expect(items.filter((s) => s.origin === 'catalogue').length).toBeGreaterThan(20);
    expect(await suggestionFor(ribbonStandard.id)).toMatchObject({ title: ribbonStandard.title, status: 'proposed' });

    const again = await api('POST', '/v1/standards', ribbonStandard);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain(ribbonStandard.id);
  });

  it('refuses an own standard that would shadow a shipped one, naming the id', async () => {
    const res = await api('POST', '/v1/standards', { ...ribbonStandard, id: 'self-service-password-reset' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('body.id: this id belongs to a shipped standard');
  });

  it("replaces an own standard's content, and its suggestion follows", async () => {
    const edited = { ...ribbonStandard, title: 'Standard ribbon width for label printers', effortHours: 6 };
    const res = await api('PUT', `/v1/standards/${ribbonStandard.id}`, edited);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: ribbonStandard.id, title: edited.title, effortHours: 6 });
    expect((await listed()).find((s) => s.id === ribbonStandard.id)).toMatchObject({ title: edited.title, origin: 'tenant' });
    expect((await suggestionFor(ribbonStandard.id))?.title).toBe(edited.title);
  });

  it('refuses edits that cannot apply: another id in the body, an unknown id, a shipped standard, a bad field', async () => {
    const renamed = await api('PUT', `/v1/standards/${ribbonStandard.id}`, { ...ribbonStandard, id: 'ribbon-two' });
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().message).toContain('body.id');
    expect((await api('PUT', '/v1/standards/no-such-standard', { ...ribbonStandard, id: 'no-such-standard' })).statusCode).toBe(404);
    const shipped = await api('PUT', '/v1/standards/self-service-password-reset', { ...ribbonStandard, id: 'self-service-password-reset' });
    expect(shipped.statusCode).toBe(409);
    expect(shipped.json().message).toContain('switch it off');
    const bad = await api('PUT', `/v1/standards/${ribbonStandard.id}`, { ...ribbonStandard, effortHours: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('body.effortHours');
    // Nothing of the refused edits was written.
    expect((await listed()).find((s) => s.id === ribbonStandard.id)?.title).toBe('Standard ribbon width for label printers');
  });

  it('switches standards off and on, shipped or own', async () => {
    for (const id of ['self-service-password-reset', ribbonStandard.id]) {
      expect((await api('PATCH', `/v1/standards/${id}`, { enabled: false })).json()).toEqual({ id, enabled: false });
      expect((await listed()).find((s) => s.id === id)?.enabled).toBe(false);
      expect((await api('PATCH', `/v1/standards/${id}`, { enabled: true })).json()).toEqual({ id, enabled: true });
    }
    expect((await api('PATCH', '/v1/standards/no-such-standard', { enabled: false })).statusCode).toBe(404);
  });

  it('deletes an own standard and its proposed suggestion, but never a shipped one', async () => {
    const shipped = await api('DELETE', '/v1/standards/self-service-password-reset');
    expect(shipped.statusCode).toBe(409);
    expect(shipped.json().message).toContain('switch it off');
    expect((await listed()).some((s) => s.id === 'self-service-password-reset')).toBe(true);

    await api('PATCH', `/v1/standards/${ribbonStandard.id}`, { enabled: false });
    const res = await api('DELETE', `/v1/standards/${ribbonStandard.id}`);
    expect(res.statusCode).toBe(204);
    expect((await listed()).some((s) => s.id === ribbonStandard.id)).toBe(false);
    expect(await suggestionFor(ribbonStandard.id)).toBeUndefined();
    expect((await api('DELETE', `/v1/standards/${ribbonStandard.id}`)).statusCode).toBe(404);

    // The id is free again, and the new standard starts switched on.
    expect((await api('POST', '/v1/standards', ribbonStandard)).statusCode).toBe(201);
    expect((await listed()).find((s) => s.id === ribbonStandard.id)?.enabled).toBe(true);
  });

  it('measures the effect for an in-house IT team whose tickets name no client', async () => {
    const team = await h.tenant();
    const day = 86_400_000;
    const adopted = Date.UTC(2026, 5, 1);
    // Password expiry every few days for 90 days, then twice in the 90 days after self-service reset.
    const times = [...Array.from({ length: 24 }, (_, i) => adopted - 90 * day + i * 3.7 * day), adopted + 20 * day, adopted + 70 * day, adopted + 95 * day];
    const tickets = times.map((t, i) => ({
      externalId: `PW-${i}`,
      title: i % 2 ? 'Password expired, cannot log in' : 'My password has expired and Windows will not let me sign in',
      description: 'The password expired over the weekend and the user is locked out until it is reset.',
      createdAt: new Date(t).toISOString(),
    }));
    expect((await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: team.auth, payload: tickets })).statusCode).toBe(202);
    await settledTenant(h, team.id, 60_000);
    await consolidateNow(h, team.id);
    await refreshSuggestions(h.services.db, team.id);
    const call = (method: 'GET' | 'PATCH', url: string, payload?: object) => h.app!.inject({ method, url, headers: team.auth, ...(payload ? { payload } : {}) });
    const items = (await call('GET', '/v1/suggestions?limit=100')).json().items as Array<{ id: string; standardId: string | null }>;
    const sspr = items.find((x) => x.standardId === 'self-service-password-reset');
    expect(sspr).toBeDefined();
    expect((await call('PATCH', `/v1/suggestions/${sspr!.id}`, { status: 'accepted' })).statusCode).toBe(200);
    const done = await call('PATCH', `/v1/suggestions/${sspr!.id}`, { status: 'implemented', implementedAt: new Date(adopted).toISOString() });
    expect(done.json().implementation).toEqual({ implementedAt: new Date(adopted).toISOString(), clientIds: [] });
    const effect = (await call('GET', `/v1/suggestions/${sspr!.id}/effect`)).json();
    expect(effect).toMatchObject({ verdict: 'reduced', overall: { before: 24, after: 2 }, perClient: [] });
    expect(effect.sentence).toContain('across the whole organisation');
    expect(effect.weekly.reduce((n: number, w: { events: number }) => n + w.events, 0)).toBe(26);
  });
});
