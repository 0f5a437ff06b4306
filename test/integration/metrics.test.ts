import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTickets } from '../../src/dev/generate-tickets.js';
import { consolidateNow, eventually, modes, settledTenant, startHarness, ticket, type Harness } from '../support/harness.js';

/** What the rollups must equal: the same figures computed straight from the tickets. */
async function fromTickets(h: Harness, tenantId: string, from: string, to: string) {
  const r = await h.services.db.query<{ tickets: number; recurring: number; repeats: number; hours: number }>(
    `SELECT count(*)::int AS tickets,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM tickets p WHERE p.tenant_id = t.tenant_id AND p.theme_id = t.theme_id AND p.id <> t.id
         AND p.created_at >= t.created_at - interval '30 days' AND (p.created_at < t.created_at OR (p.created_at = t.created_at AND p.id < t.id))))::int AS recurring,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM tickets p WHERE p.tenant_id = t.tenant_id AND p.id <> t.id
         AND ((t.device_id IS NOT NULL AND p.device_id = t.device_id) OR (t.contact_id IS NOT NULL AND p.contact_id = t.contact_id))
         AND p.created_at >= t.created_at - interval '30 days' AND (p.created_at < t.created_at OR (p.created_at = t.created_at AND p.id < t.id))))::int AS repeats,
       COALESCE(sum(hours_spent), 0)::float8 AS hours
     FROM tickets t WHERE tenant_id = $1 AND theme_id IS NOT NULL AND created_at >= $2 AND created_at < $3`,
    [tenantId, from, to],
  );
  return r.rows[0];
}

const sum = (points: Array<Record<string, number>>, k: string) => points.reduce((n, p) => n + p[k], 0);

describe.each(modes)('recurrence metrics (%s)', (mode) => {
  let h: Harness;
  let tenant: Awaited<ReturnType<Harness['tenant']>>;
  // Ending yesterday, so the last-30-days gauges on /metrics see it too.
  const start = new Date(Math.floor(Date.now() / 86_400_000 - 92) * 86_400_000);
  const stream = generateTickets({ seed: 5, start, months: 3, clients: 3, noisePerClientPerMonth: 20 });
  const from = stream.start.toISOString();
  const to = stream.end.toISOString();
  const api = (method: 'GET' | 'POST', url: string, payload?: object, auth = tenant.auth) =>
    h.app!.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) }).then((r) => ({ status: r.statusCode, body: r.json() }));
  const settled = (tenantId: string) => settledTenant(h, tenantId);

  beforeAll(async () => {
    h = await startHarness(mode);
    tenant = await h.tenant();
    for (let i = 0; i < stream.tickets.length; i += 400) expect((await api('POST', '/v1/tickets', stream.tickets.slice(i, i + 400))).status).toBe(202);
    await settled(tenant.id);
  });
  afterAll(() => h.stop());

  it('answers the weekly recurrence series with the same totals as the tickets themselves', async () => {
    const { status, body } = await api('GET', `/v1/metrics/recurrence?from=${from}&to=${to}&interval=week`);
    expect(status).toBe(200);
    expect(body.interval).toBe('week');
    expect(body.series).toHaveLength(1);
    const [all] = body.series;
    expect(all).toMatchObject({ key: 'all', label: 'All tickets' });
    expect(Object.keys(all.points[0]).sort()).toEqual(['hours', 'mttrHours', 'recurring', 'recurringShare', 'repeatTickets', 'start', 'tickets'].sort());
    const truth = await fromTickets(h, tenant.id, from, to);
    expect(sum(all.points, 'tickets')).toBe(truth.tickets);
    expect(truth.tickets).toBe(stream.tickets.length);
    expect(sum(all.points, 'recurring')).toBe(truth.recurring);
    expect(sum(all.points, 'repeatTickets')).toBe(truth.repeats);
    expect(sum(all.points, 'hours')).toBeCloseTo(truth.hours, 0);
    // Planted causes recur, so a good part of the stream is recurring; weeks start on Mondays.
    expect(truth.recurring / truth.tickets).toBeGreaterThan(0.2);
    for (const p of all.points) expect(new Date(`${p.start}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('groups by theme, client and category, biggest first, each adding up to the whole', async () => {
    const all = (await api('GET', `/v1/metrics/recurrence?from=${from}&to=${to}&interval=month`)).body.series[0];
    const byClient = (await api('GET', `/v1/metrics/recurrence?from=${from}&to=${to}&interval=month&groupBy=client`)).body.series;
    expect(byClient.map((s: { label: string }) => s.label).sort()).toEqual(stream.clients.map((c) => c.name).sort());
    expect(byClient.reduce((n: number, s: { points: [] }) => n + sum(s.points, 'tickets'), 0)).toBe(sum(all.points, 'tickets'));
    const byTheme = (await api('GET', `/v1/metrics/recurrence?from=${from}&to=${to}&interval=month&groupBy=theme&limit=5`)).body.series;
    expect(byTheme).toHaveLength(5);
    const totals = byTheme.map((s: { points: [] }) => sum(s.points, 'tickets'));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const theme = (await api('GET', `/v1/themes/${byTheme[0].key}?from=${from}&to=${to}`)).body;
    expect(totals[0]).toBe(theme.ticketCount);
    expect(byTheme[0].label).toBe(theme.name);
    const byCategory = (await api('GET', `/v1/metrics/recurrence?from=${from}&to=${to}&interval=month&groupBy=category&limit=200`)).body.series;
    expect(byCategory.reduce((n: number, s: { points: [] }) => n + sum(s.points, 'tickets'), 0)).toBe(sum(all.points, 'tickets'));
  });

  it('summarises clients by noise and themes with a trend, against the previous window', async () => {
    const { status, body } = await api('GET', `/v1/metrics/summary?from=${new Date(stream.end.getTime() - 30 * 86_400_000).toISOString()}&to=${to}&limit=10`);
    expect(status).toBe(200);
    expect(body.totals.tickets).toBeGreaterThan(0);
    expect(body.totals.previousTickets).toBeGreaterThan(0);
    expect(body.clients.length).toBe(3);
    const recurring = body.clients.map((c: { recurring: number }) => c.recurring);
    expect(recurring).toEqual([...recurring].sort((a, b) => b - a));
    expect(body.themes.length).toBe(10);
    for (const t of body.themes) {
      expect(['new', 'rising', 'falling', 'steady']).toContain(t.direction);
      expect(t.sparkline).toHaveLength(12);
      expect(typeof t.slopePerWeek).toBe('number');
      expect(typeof t.burstScore).toBe('number');
    }
  });

  it('marks a burst as rising and a theme that stopped as falling', async () => {
    const other = await h.tenant();
    const day = (d: number, h = 9) => new Date(Date.UTC(2026, 5, 1 + d, h)).toISOString();
    const burst = (i: number, d: number) => ticket({ externalId: `B-${i}`, title: 'Printer on floor 2 shows error 0x0000011b', description: 'The HP printer on floor 2 fails with 0x0000011b when printing.', createdAt: day(d) });
    const quiet = (i: number, d: number) => ticket({ externalId: `Q-${i}`, title: 'VPN client drops the connection every hour', description: 'The GlobalProtect VPN disconnects each hour and asks to sign in again.', createdAt: day(d, 10), client: { id: 'beta', name: 'Beta Law' } });
    const tickets = [
      ...Array.from({ length: 16 }, (_, i) => burst(i, i * 4)), // steady: one every 4 days
      ...Array.from({ length: 12 }, (_, i) => burst(100 + i, 64 + (i % 6))), // then a dozen in the last week
      ...Array.from({ length: 20 }, (_, i) => quiet(i, 10 + i)), // twenty in days 10..29, then nothing
    ];
    expect((await api('POST', '/v1/tickets', tickets, other.auth)).status).toBe(202);
    await settled(other.id);
    const s = (await api('GET', `/v1/metrics/summary?from=${day(40, 0)}&to=${day(70, 0)}`, undefined, other.auth)).body;
    const printer = s.themes.find((t: { label: string }) => /printer|0x0000011b/i.test(t.label));
    const vpn = s.themes.find((t: { label: string }) => /vpn/i.test(t.label));
    expect(printer).toMatchObject({ direction: 'rising' });
    expect(printer.burstScore).toBeGreaterThanOrEqual(3);
    expect(vpn).toMatchObject({ tickets: 0, previousTickets: expect.any(Number), direction: 'falling', changePct: -100 });
    // The same VPN tickets seen from the window they started in: nothing the month before, so new.
    const start = (await api('GET', `/v1/metrics/summary?from=${day(10, 0)}&to=${day(40, 0)}`, undefined, other.auth)).body;
    expect(start.themes.find((t: { label: string }) => /vpn/i.test(t.label))).toMatchObject({ previousTickets: 0, direction: 'new', changePct: null });
  });

  it('keeps the rollups right when a merge and a consolidation move tickets between themes', async () => {
    const series = async () => (await api('GET', `/v1/metrics/recurrence?from=${from}&to=${to}&interval=month&groupBy=theme&limit=200`)).body.series;
    const before = await series();
    const [a, b] = [before[2], before[3]];
    expect((await api('POST', `/v1/themes/${b.key}/merge`, { into: a.key })).status).toBe(200);
    const after = await series();
    expect(after.find((s: { key: string }) => s.key === b.key)).toBeUndefined();
    expect(sum(after.find((s: { key: string }) => s.key === a.key).points, 'tickets')).toBe(sum(a.points, 'tickets') + sum(b.points, 'tickets'));
    await consolidateNow(h, tenant.id);
    const consolidated = await series();
    const truth = await fromTickets(h, tenant.id, from, to);
    const all = consolidated.flatMap((s: { points: [] }) => s.points);
    expect(sum(all, 'tickets')).toBe(truth.tickets);
    expect(sum(all, 'recurring')).toBe(truth.recurring);
    const counts = await h.services.db.query<{ theme_id: string; n: number }>('SELECT theme_id, count(*)::int AS n FROM tickets WHERE tenant_id = $1 GROUP BY 1', [tenant.id]);
    for (const s of consolidated) expect(sum(s.points, 'tickets')).toBe(counts.rows.find((c) => c.theme_id === s.key)?.n);
    // The monthly rows, moved by deltas, still equal their days' sums.
    const drift = await h.services.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM
         (SELECT dim, key, date_trunc('month', day::timestamp)::date AS month, sum(tickets)::int AS t, sum(recurring)::int AS r
          FROM metric_rollups WHERE tenant_id = $1 GROUP BY 1, 2, 3) d
       FULL JOIN (SELECT * FROM metric_rollups_monthly WHERE tenant_id = $1) m ON m.dim = d.dim AND m.key = d.key AND m.month = d.month
       WHERE d.t IS DISTINCT FROM m.tickets OR d.r IS DISTINCT FROM m.recurring`,
      [tenant.id],
    );
    expect(drift.rows[0].n).toBe(0);
  });

  it('rejects a window that is backwards or too fine, and needs a key', async () => {
    expect((await api('GET', `/v1/metrics/recurrence?from=${to}&to=${from}`)).status).toBe(400);
    expect((await api('GET', '/v1/metrics/recurrence?from=2020-01-01&to=2026-01-01&interval=day')).status).toBe(400);
    // The limit counts the buckets themselves: 1,001 weeks are refused, 960 months are served.
    const weeks = await api('GET', '/v1/metrics/recurrence?from=2000-01-04&to=2019-03-05&interval=week');
    expect(weeks.status).toBe(400);
    expect(weeks.body.message).toContain('querystring.interval: week over this window gives more than 1000 points');
    const months = await api('GET', '/v1/metrics/recurrence?from=1950-01-01&to=2030-01-01&interval=month');
    expect(months.status).toBe(200);
    expect(months.body.series[0].points).toHaveLength(960);
    expect((await api('GET', '/v1/metrics/recurrence?groupBy=device')).status).toBe(400);
    expect((await h.app!.inject({ method: 'GET', url: '/v1/metrics/summary' })).statusCode).toBe(401);
  });

  it('exposes tenant figures on /metrics with bounded labels', async () => {
    const text = (await h.app!.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(/recurrence_queue_lag_seconds \d/);
    expect(text).toMatch(/recurrence_themes\{tenant="[^"]+"\} [1-9]/);
    expect(text).toMatch(/recurrence_recurring_share\{tenant="[^"]+"\} 0\.\d+/);
    expect(text).toMatch(/recurrence_tickets_processed_total\{source="[a-z]+"\} \d+/);
  });
});
