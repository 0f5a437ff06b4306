import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTickets } from '../../src/dev/generate-tickets.js';
import { plantedCauses } from '../../src/dev/planted-causes.js';
import { refreshSuggestions } from '../../src/suggestions/refresh-suggestions.js';
import { consolidateNow, eventually, modes, startHarness, type Harness, settledTenant } from '../support/harness.js';

// A year of tickets at three clients, planted recurring causes among one-off requests. In the
// second stream password expiry goes quiet once self-service reset is adopted (2026-05-01) while
// the printer driver problem carries on as before.
const adopted = new Date('2026-05-01T00:00:00Z');
const options = { seed: 5, start: new Date('2025-09-01T00:00:00Z'), months: 12, clients: 3, noisePerClientPerMonth: 20 };
const untreated = generateTickets(options);
const allClients = untreated.clients.map((c) => c.id);
const stream = generateTickets({ ...options, interventions: [{ causeId: 'password-expiry', clientIds: allClients, from: adopted, remainingShare: 0.05 }] });
const passwordClients = stream.affectedClients['password-expiry'];
const plantedStandards = new Set(plantedCauses.map((c) => c.standardId));

describe.each(modes)('standards suggestions with planted causes (%s)', (mode) => {
  let h: Harness;
  let tenant: Awaited<ReturnType<Harness['tenant']>>;
  let before: Awaited<ReturnType<Harness['tenant']>>;
  const api = (method: 'GET' | 'PATCH', url: string, payload?: object, headers: Record<string, string> = {}, auth = tenant.auth) =>
    h.app!.inject({ method, url, headers: { ...auth, ...headers }, ...(payload ? { payload } : {}) });

  async function load(t: typeof tenant, tickets: typeof stream.tickets) {
    for (let i = 0; i < tickets.length; i += 1000) {
      expect((await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: t.auth, payload: tickets.slice(i, i + 1000) })).statusCode).toBe(202);
    }
    await settledTenant(h, t.id, 120_000);
    await consolidateNow(h, t.id);
    await refreshSuggestions(h.services.db, t.id);
  }

  beforeAll(async () => {
    h = await startHarness(mode);
    tenant = await h.tenant();
    before = await h.tenant();
    await load(before, untreated.tickets);
    await load(tenant, stream.tickets);
  }, 240_000);
  afterAll(() => h.stop());

  const suggestions = async (query = '', auth = tenant.auth) => (await api('GET', `/v1/suggestions?limit=100${query}`, undefined, {}, auth)).json().items as any[];

  it('ranks the planted causes at the top, with the right standards and readable evidence', async () => {
    const items = await suggestions('', before.auth);
    const top = items.slice(0, 8);
    const planted = top.filter((s) => plantedStandards.has(s.standardId));
    expect(planted.length).toBeGreaterThanOrEqual(6);
    for (const id of ['self-service-password-reset', 'print-driver-standardisation', 'vpn-client-pinning-ztna', 'disk-space-storage-sense']) {
      expect(top.map((s) => s.standardId)).toContain(id);
    }
    expect(items.map((s) => s.score)).toEqual([...items.map((s) => s.score)].sort((a, b) => b - a));
    const sspr = items.find((s) => s.standardId === 'self-service-password-reset');
    expect(sspr).toBeDefined();
    expect(sspr.status).toBe('proposed');
    expect(sspr.themeIds.length).toBeGreaterThan(0);
    expect(sspr.evidence.tickets).toBeGreaterThan(20);
    expect(sspr.evidence.clientIds.length).toBeGreaterThanOrEqual(1);
    expect(Object.keys(sspr.scoreParts).sort()).toEqual(['clients', 'devices', 'hours', 'recency', 'tickets', 'trend']);
    expect(sspr.estimate.ticketsPerYear).toBeGreaterThan(0);
    expect(sspr.summary).toMatch(/password/i);
  });

  it('lists only suggestions with evidence in the window, also when it is bounded by to alone', async () => {
    expect((await suggestions()).length).toBeGreaterThan(0);
    expect(await suggestions('&to=1990-01-01T00:00:00Z')).toEqual([]);
    expect((await suggestions(`&to=${new Date(Date.now() + 86_400_000).toISOString()}`)).length).toBe((await suggestions()).length);
  });

  it('walks a suggestion through its workflow and keeps the history', async () => {
    const s = (await suggestions()).find((x) => x.standardId === 'print-driver-standardisation');
    expect((await api('PATCH', `/v1/suggestions/${s.id}`, { status: 'implemented' })).statusCode).toBe(409);
    const accepted = (await api('PATCH', `/v1/suggestions/${s.id}`, { status: 'accepted', by: 'dana', note: 'pilot at one site' })).json();
    expect(accepted.status).toBe('accepted');
    const early = await api('PATCH', `/v1/suggestions/${s.id}`, { status: 'rejected', implementedAt: adopted.toISOString() });
    expect(early).toMatchObject({ statusCode: 400 });
    expect(early.json().message).toBe('body.implementedAt: belongs to status "implemented" only');
    const future = await api('PATCH', `/v1/suggestions/${s.id}`, { status: 'implemented', implementedAt: '2999-01-01' });
    expect(future.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: 'body.implementedAt: must not be in the future' });
    expect((await api('GET', `/v1/suggestions/${s.id}`)).json().status).toBe('accepted');
    expect((await suggestions('&status=accepted')).map((x) => x.id)).toContain(s.id);
    const clientIds = s.evidence.clientIds.slice(0, 1);
    const done = (await api('PATCH', `/v1/suggestions/${s.id}`, { status: 'implemented', implementedAt: adopted.toISOString(), by: 'dana', clientIds: [...clientIds, ...clientIds] })).json();
    expect(done.implementation).toEqual({ implementedAt: adopted.toISOString(), clientIds });
    expect(done.history.map((e: { to: string }) => e.to)).toEqual(['accepted', 'implemented']);
  });

  it('proves a standard that worked ("reduced") and one that did not ("no clear change")', async () => {
    const all = await suggestions();
    const sspr = all.find((x) => x.standardId === 'self-service-password-reset');
    await api('PATCH', `/v1/suggestions/${sspr.id}`, { status: 'accepted' });
    await api('PATCH', `/v1/suggestions/${sspr.id}`, { status: 'implemented', implementedAt: adopted.toISOString(), clientIds: passwordClients });
    const worked = (await api('GET', `/v1/suggestions/${sspr.id}/effect`)).json();
    expect(worked.verdict).toBe('reduced');
    expect(worked.overall.after).toBeLessThan(worked.overall.before);
    expect(worked.sentence.length).toBeGreaterThan(20);

    const printer = all.find((x) => x.standardId === 'print-driver-standardisation');
    const unchanged = (await api('GET', `/v1/suggestions/${printer.id}/effect`)).json();
    expect(unchanged.verdict).toBe('no_clear_change');
  });

  it("writes a client's alignment review as JSON, Markdown and HTML", async () => {
    const client = passwordClients[0];
    const json = (await api('GET', `/v1/reviews?client=${client}`)).json();
    expect(json.client.id).toBe(client);
    expect(json.topThemes.length).toBeGreaterThan(0);
    expect(json.monthly.length).toBeGreaterThanOrEqual(11);
    expect(json.standards.find((s: { standardId: string }) => s.standardId === 'self-service-password-reset')?.effect?.verdict).toBe('reduced');
    const md = await api('GET', `/v1/reviews?client=${client}&format=markdown`);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body).toContain('#');
    const html = await api('GET', `/v1/reviews?client=${client}`, undefined, { accept: 'text/html' });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('<html');
    expect((await api('GET', '/v1/reviews?client=nobody')).statusCode).toBe(404);
    // A start alone reviews up to now; a start in the future is an empty window.
    const since = new Date(Date.now() - 90 * 86_400_000);
    const recent = (await api('GET', `/v1/reviews?client=${client}&from=${since.toISOString()}`)).json();
    expect(recent.period.from).toBe(since.toISOString().slice(0, 10));
    expect(recent.period.to >= recent.period.from).toBe(true);
    const future = await api('GET', `/v1/reviews?client=${client}&from=${new Date(Date.now() + 86_400_000).toISOString()}`);
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toContain('querystring.from: must be before to');
  });
});
