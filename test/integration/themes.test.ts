import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTickets } from '../../src/dev/generate-tickets.js';
import { consolidateNow, eventually, modes, startHarness, type Harness, settledTenant } from '../support/harness.js';

describe.each(modes)('themes (%s)', (mode) => {
  let h: Harness;
  let tenant: Awaited<ReturnType<Harness['tenant']>>;
  const stream = generateTickets({ seed: 11, months: 4, clients: 3, noisePerClientPerMonth: 25 });
  const causeOf = stream.causeOf;

  const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    h.app!.inject({ method, url, headers: tenant.auth, ...(payload ? { payload } : {}) }).then((r) => ({ status: r.statusCode, body: r.json() }));

  beforeAll(async () => {
    h = await startHarness(mode);
    tenant = await h.tenant();
    for (let i = 0; i < stream.tickets.length; i += 500) {
      const r = await api('POST', '/v1/tickets', stream.tickets.slice(i, i + 500));
      expect(r.status).toBe(202);
    }
    await settledTenant(h, tenant.id, 60_000);
    await consolidateNow(h, tenant.id);
  });
  afterAll(() => h.stop());

  /** The planted cause most of a theme's tickets come from, and that share. */
  async function dominantCause(themeId: string) {
    const r = await h.services.db.query<{ external_id: string }>('SELECT external_id FROM tickets WHERE tenant_id = $1 AND theme_id = $2', [tenant.id, themeId]);
    const counts = new Map<string, number>();
    for (const { external_id } of r.rows) counts.set(causeOf[external_id] ?? 'noise', (counts.get(causeOf[external_id] ?? 'noise') ?? 0) + 1);
    const [cause, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    return { cause, share: n / r.rows.length };
  }

  it('groups the planted recurring causes into themes that are mostly one cause', async () => {
    // The generator's one-off requests come from a finite pool, so some noise recurs too.
    const { status, body } = await api('GET', '/v1/themes?limit=12&minTickets=5');
    expect(status).toBe(200);
    expect(body.items.length).toBe(12);
    const top = body.items[0];
    expect(top).toMatchObject({ id: expect.any(String), name: expect.any(String), terms: expect.any(Array), ticketCount: expect.any(Number) });
    expect(top.terms.length).toBeGreaterThan(0);
    expect(top.clientCount).toBeGreaterThanOrEqual(1);
    const causes = await Promise.all(body.items.map((t: { id: string }) => dominantCause(t.id)));
    for (const c of causes) expect(c.share).toBeGreaterThan(0.5);
    expect(new Set(causes.map((c) => c.cause).filter((c) => c !== 'noise')).size).toBeGreaterThanOrEqual(3);
  });

  it('pages through themes with a cursor, and sorts by hours', async () => {
    const first = (await api('GET', '/v1/themes?limit=2')).body;
    const second = (await api('GET', `/v1/themes?limit=2&cursor=${first.next}`)).body;
    expect(first.next).toEqual(expect.any(String));
    expect(second.items.map((t: { id: string }) => t.id)).not.toContain(first.items[0].id);
    const byHours = (await api('GET', '/v1/themes?sort=hours&limit=10')).body.items.map((t: { hours: number }) => t.hours);
    expect(byHours).toEqual([...byHours].sort((a, b) => b - a));
    expect((await api('GET', '/v1/themes?cursor=bogus')).status).toBe(400);
  });

  it('sorts by tickets, hours, clients, trend and latest ticket, each largest first', async () => {
    type Item = { ticketCount: number; hours: number; clientCount: number; lastSeen: string; trend: { last30Days: number; previous30Days: number } };
    const keys: Record<string, (t: Item) => number> = {
      tickets: (t) => t.ticketCount,
      hours: (t) => t.hours,
      clients: (t) => t.clientCount,
      trend: (t) => t.trend.last30Days - t.trend.previous30Days,
      recent: (t) => Date.parse(t.lastSeen),
    };
    for (const [sort, key] of Object.entries(keys)) {
      const { status, body } = await api('GET', `/v1/themes?sort=${sort}&limit=20`);
      expect(status, sort).toBe(200);
      const values = (body.items as Item[]).map(key);
      expect(values.length, sort).toBeGreaterThan(1);
      expect(values, sort).toEqual([...values].sort((a, b) => b - a));
    }
  });

  it('shows a theme with its breakdown, and each ticket with its themeId', async () => {
    const top = (await api('GET', '/v1/themes?limit=1')).body.items[0];
    const { status, body } = await api('GET', `/v1/themes/${top.id}`);
    expect(status).toBe(200);
    expect(body.clients.reduce((n: number, c: { tickets: number }) => n + c.tickets, 0)).toBe(top.ticketCount);
    expect(body.daily.reduce((n: number, d: { tickets: number }) => n + d.tickets, 0)).toBe(top.ticketCount);
    expect(body.representativeTickets.length).toBeGreaterThan(0);
    const tickets = (await api('GET', `/v1/themes/${top.id}/tickets?limit=3`)).body;
    expect(tickets.items).toHaveLength(3);
    const ticket = (await api('GET', `/v1/tickets/${tickets.items[0].id}`)).body;
    expect(ticket.themeId).toBe(top.id);
  });

  it("answers 404 for another tenant's theme", async () => {
    const top = (await api('GET', '/v1/themes?limit=1')).body.items[0];
    const other = await h.tenant();
    const r = await h.app!.inject({ method: 'GET', url: `/v1/themes/${top.id}`, headers: other.auth });
    expect(r.statusCode).toBe(404);
  });

  it('keeps a rename, a pin and a moved ticket across consolidation', async () => {
    const [a, b] = (await api('GET', '/v1/themes?limit=2')).body.items;
    const renamed = await api('PATCH', `/v1/themes/${a.id}`, { name: 'Password expiry lockouts', pinned: true });
    expect(renamed.body).toMatchObject({ id: a.id, name: 'Password expiry lockouts', pinned: true });
    const ticketId = (await api('GET', `/v1/themes/${b.id}/tickets?limit=1`)).body.items[0].id;
    expect((await api('POST', `/v1/tickets/${ticketId}/theme`, { themeId: a.id })).body).toEqual({ id: ticketId, themeId: a.id });
    expect(await api('POST', `/v1/tickets/${ticketId}/theme`, { themeId: 'th_nope' })).toMatchObject({ status: 404, body: { message: 'body.themeId: theme not found' } });

    await consolidateNow(h, tenant.id);
    expect((await api('GET', `/v1/themes/${a.id}`)).body).toMatchObject({ name: 'Password expiry lockouts', pinned: true });
    expect((await api('GET', `/v1/tickets/${ticketId}`)).body.themeId).toBe(a.id);
  });

  it('merges a theme into another; the old id answers with the survivor', async () => {
    const items = (await api('GET', '/v1/themes?limit=6')).body.items;
    const [from, into] = [items[4], items[5]];
    const merged = await api('POST', `/v1/themes/${from.id}/merge`, { into: into.id });
    expect(merged.status).toBe(200);
    expect(merged.body.ticketCount).toBe(from.ticketCount + into.ticketCount);
    expect((await api('GET', `/v1/themes/${from.id}`)).body.id).toBe(into.id);
    await consolidateNow(h, tenant.id);
    const after = (await api('GET', `/v1/themes/${into.id}`)).body;
    expect(after.ticketCount).toBeGreaterThanOrEqual(from.ticketCount);
    expect((await api('POST', `/v1/themes/${into.id}/merge`, { into: into.id })).status).toBe(409);
    expect(await api('POST', `/v1/themes/${into.id}/merge`, { into: 'nope' })).toMatchObject({ status: 404, body: { message: 'body.into: theme to merge into not found' } });
    const again = await api('POST', `/v1/themes/${from.id}/merge`, { into: into.id });
    expect(again).toMatchObject({ status: 409, body: { message: `${from.id} has already been merged into ${into.id}` } });
    // A stale request naming the merged-away id never merges the theme that absorbed it.
    const third = items[3];
    const stale = await api('POST', `/v1/themes/${from.id}/merge`, { into: third.id });
    expect(stale).toMatchObject({ status: 409, body: { message: `${from.id} has already been merged into ${into.id}; merge ${into.id} if that is the theme you mean` } });
    expect((await api('GET', `/v1/themes/${into.id}`)).body.id).toBe(into.id);
  });

  it('shows a theme emptied by moving its tickets away, with zero counts, and renames it', async () => {
    const items = (await api('GET', '/v1/themes?limit=500')).body.items as Array<{ id: string; ticketCount: number }>;
    const smallest = items[items.length - 1];
    const other = items[0];
    const tickets = (await api('GET', `/v1/themes/${smallest.id}/tickets?limit=500`)).body.items as Array<{ id: string }>;
    expect(tickets).toHaveLength(smallest.ticketCount);
    // Moving a ticket to the theme it is in pins it there; moving them all away empties the theme.
    expect(await api('POST', `/v1/tickets/${tickets[0].id}/theme`, { themeId: smallest.id })).toMatchObject({ status: 200, body: { themeId: smallest.id } });
    for (const t of tickets) expect((await api('POST', `/v1/tickets/${t.id}/theme`, { themeId: other.id })).status).toBe(200);
    const renamed = await api('PATCH', `/v1/themes/${smallest.id}`, { name: 'Now empty' });
    expect(renamed).toMatchObject({ status: 200, body: { id: smallest.id, name: 'Now empty', ticketCount: 0 } });
    expect((await api('GET', `/v1/themes/${smallest.id}`)).body).toMatchObject({ ticketCount: 0, clients: [], daily: [] });
  });

  it('shows a theme with no tickets in the window asked for, and refuses a window that ends before it starts', async () => {
    const top = (await api('GET', '/v1/themes?limit=1')).body.items[0];
    const before = await api('GET', `/v1/themes/${top.id}?to=2001-01-01T00:00:00Z`);
    expect(before).toMatchObject({ status: 200, body: { id: top.id, ticketCount: 0 } });
    for (const url of ['/v1/themes', `/v1/themes/${top.id}`, `/v1/themes/${top.id}/tickets`, '/v1/suggestions']) {
      const r = await api('GET', `${url}?from=2026-06-01T00:00:00Z&to=2026-01-01T00:00:00Z`);
      expect(r, url).toMatchObject({ status: 400, body: { message: 'querystring.from: must be before to' } });
    }
  });

  it('compares the last 30 days with the 30 before even in a shorter window, and counts the window alone', async () => {
    const to = stream.end.toISOString();
    const from = new Date(stream.end.getTime() - 14 * 86_400_000).toISOString();
    const whole = (await api('GET', `/v1/themes?to=${to}&limit=5`)).body.items as Array<{ id: string; trend: { previous30Days: number } }>;
    // A two-week window used to see no previous month at all, so every theme read as rising.
    expect(whole.some((t) => t.trend.previous30Days > 0)).toBe(true);
    for (const t of whole) {
      const short = await api('GET', `/v1/themes/${t.id}?from=${from}&to=${to}`);
      expect(short.body.trend, t.id).toEqual(t.trend);
      const inWindow = await h.services.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM tickets WHERE tenant_id = $1 AND theme_id = $2 AND created_at >= $3 AND created_at < $4',
        [tenant.id, t.id, from, to],
      );
      expect(short.body.ticketCount, t.id).toBe(inWindow.rows[0].n);
    }
  });

  it('finds themes by words of their name, terms or error codes, and by kind', async () => {
    const top = (await api('GET', '/v1/themes?limit=1')).body.items[0] as { id: string; terms: string[] };
    const word = top.terms[0].toUpperCase();
    const found = (await api('GET', `/v1/themes?q=${encodeURIComponent(word)}&limit=100`)).body.items as Array<{ id: string; name: string; terms: string[]; errorCodes: string[] }>;
    expect(found.map((t) => t.id)).toContain(top.id);
    for (const t of found) expect([t.name, ...t.terms, ...t.errorCodes].join(' ').toLowerCase()).toContain(word.toLowerCase());
    const all = (await api('GET', '/v1/themes?limit=500')).body.items as Array<{ kind: string }>;
    expect(found.length).toBeLessThan(all.length);
    expect(new Set(all.map((t) => t.kind))).toEqual(new Set(['alert', 'human']));
    for (const kind of ['alert', 'human']) {
      const only = (await api('GET', `/v1/themes?kind=${kind}&limit=500`)).body.items as Array<{ kind: string }>;
      expect(only.length).toBe(all.filter((t) => t.kind === kind).length);
    }
    expect((await api('GET', '/v1/themes?q=%25_%25')).body.items).toEqual([]);
    expect(await api('GET', '/v1/themes?kind=robot')).toMatchObject({ status: 400, body: { message: expect.stringContaining('querystring.kind') } });
    expect(await api('GET', '/v1/themes?q=%20%20')).toMatchObject({ status: 400, body: { message: expect.stringContaining('querystring.q') } });
  });

  it('refuses dates before 1900, and cursors this API never gave out, with a 400 naming them', async () => {
    const early = await api('GET', '/v1/themes?from=0000-01-01T00:00:00Z');
    expect(early).toMatchObject({ status: 400, body: { message: expect.stringContaining('querystring.from: must be between 1900-01-01 and 2999-12-31') } });
    const ticket = await api('POST', '/v1/tickets', { externalId: 'y0', title: 'x', createdAt: '0000-01-01T00:00:00Z' });
    expect(ticket).toMatchObject({ status: 400, body: { message: expect.stringContaining('body.createdAt') } });
    expect((await api('GET', '/v1/metrics/summary?to=0001-01-01')).status).toBe(400);
    // A window to the last second of 9999 ended in year 10000 once rounded up to a month (a 500).
    const late = await api('GET', '/v1/metrics/recurrence?to=9999-12-31T23:59:59Z');
    expect(late).toMatchObject({ status: 400, body: { message: expect.stringContaining('querystring.to: must be between 1900-01-01 and 2999-12-31') } });
    for (const forged of ['o:100000000000000000000', 'o:0x10', 'o:-1']) {
      const r = await api('GET', `/v1/themes?cursor=${Buffer.from(forged).toString('base64url')}`);
      expect(r, forged).toMatchObject({ status: 400, body: { code: 'BAD_CURSOR' } });
    }
  });

  it('splits tickets off a theme into a new one, which consolidation keeps', async () => {
    const source = (await api('GET', '/v1/themes?limit=3&minTickets=8')).body.items[2] as { id: string; ticketCount: number };
    const ids = ((await api('GET', `/v1/themes/${source.id}/tickets?limit=3`)).body.items as Array<{ id: string }>).map((t) => t.id);
    const split = await api('POST', `/v1/themes/${source.id}/split`, { ticketIds: [...ids, ids[0]], name: 'Printer driver after the update' });
    expect(split).toMatchObject({ status: 201, body: { name: 'Printer driver after the update', ticketCount: 3 } });
    const splitId = split.body.id as string;
    expect(splitId).not.toBe(source.id);
    expect((await api('GET', `/v1/themes/${source.id}`)).body.ticketCount).toBe(source.ticketCount - 3);

    await consolidateNow(h, tenant.id);
    for (const id of ids) expect((await api('GET', `/v1/tickets/${id}`)).body.themeId).toBe(splitId);
    // Consolidation may bring it more tickets like them; it never takes the hand-placed ones away.
    const kept = (await api('GET', `/v1/themes/${splitId}`)).body;
    expect(kept).toMatchObject({ id: splitId, name: 'Printer driver after the update' });
    expect(kept.ticketCount).toBeGreaterThanOrEqual(3);

    const stayed = ((await api('GET', `/v1/themes/${source.id}/tickets?limit=1`)).body.items as Array<{ id: string }>)[0].id;
    expect(await api('POST', `/v1/themes/${splitId}/split`, { ticketIds: [ids[0], stayed] })).toMatchObject({
      status: 409, body: { message: `body.ticketIds[1]: ticket ${stayed} is in theme ${source.id}, not ${splitId}` },
    });
    expect(await api('POST', `/v1/themes/${splitId}/split`, { ticketIds: [ids[0], 'nope'] })).toMatchObject({ status: 404, body: { message: 'body.ticketIds[1]: ticket nope not found' } });
    const all = ((await api('GET', `/v1/themes/${splitId}/tickets?limit=100`)).body.items as Array<{ id: string }>).map((t) => t.id);
    expect(await api('POST', `/v1/themes/${splitId}/split`, { ticketIds: all })).toMatchObject({ status: 400, body: { message: expect.stringContaining(`body.ticketIds: names every ticket of ${splitId}`) } });
    expect(await api('POST', `/v1/themes/${splitId}/split`, { ticketIds: [] })).toMatchObject({ status: 400, body: { message: expect.stringContaining('body.ticketIds') } });
    expect(await api('POST', `/v1/themes/${splitId}/split`, { ticketIds: [ids[0], ' '] })).toMatchObject({ status: 400, body: { message: expect.stringMatching(/body\.ticketIds.*1.*must not be blank/) } });
    expect((await api('POST', '/v1/themes/th_nope/split', { ticketIds: [ids[0]] })).status).toBe(404);
    // Nothing moved on a refused split.
    for (const id of ids) expect((await api('GET', `/v1/tickets/${id}`)).body.themeId).toBe(splitId);
  });

  it('names a theme again when the ticket it was named after is split off', async () => {
    const source = (await api('GET', '/v1/themes?limit=4&minTickets=8')).body.items[3] as { id: string; name: string };
    const row = await h.services.db.query<{ central_ticket_id: string; name: string }>('SELECT central_ticket_id, name FROM themes WHERE tenant_id = $1 AND id = $2', [tenant.id, source.id]);
    const namesake = row.rows[0].central_ticket_id;
    const split = await api('POST', `/v1/themes/${source.id}/split`, { ticketIds: [namesake] });
    expect(split.status).toBe(201);
    const after = await h.services.db.query<{ central_ticket_id: string }>('SELECT central_ticket_id FROM themes WHERE tenant_id = $1 AND id = $2', [tenant.id, source.id]);
    const central = after.rows[0].central_ticket_id;
    expect(central).not.toBe(namesake);
    const stillThere = await h.services.db.query<{ theme_id: string }>('SELECT theme_id FROM tickets WHERE id = $1', [central]);
    expect(stillThere.rows[0].theme_id).toBe(source.id);
  });
});
