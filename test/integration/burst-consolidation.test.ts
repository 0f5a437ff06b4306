import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTickets } from '../../src/dev/generate-tickets.js';
import { eventually, modes, startHarness, type Harness } from '../support/harness.js';

// Four months at two clients: a few hundred tickets, posted at once as a demo or an export would be.
const stream = generateTickets({ seed: 11, start: new Date('2026-06-01T00:00:00Z'), months: 4, clients: 2, noisePerClientPerMonth: 15 });

describe.each(modes)('consolidation after a burst of tickets (%s)', (mode) => {
  let h: Harness;
  beforeAll(async () => {
    // The schedule is far away: only the burst can have consolidated the tenant.
    h = await startHarness(mode, { env: { CONSOLIDATE_INTERVAL_MS: String(24 * 3600_000) } });
  });
  afterAll(() => h.stop());

  const engineState = async (tenantId: string) =>
    (await h.services.db.query<{ changed: number; consolidated_at: Date | null }>('SELECT changed_since_consolidation AS changed, consolidated_at FROM engine_state WHERE tenant_id = $1', [tenantId])).rows[0];

  it('consolidates a tenant soon after a burst, and leaves a trickle for the schedule', async () => {
    const tenant = await h.tenant();
    const post = (tickets: unknown[]) => h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: tenant.auth, payload: tickets });
    expect(stream.tickets.length).toBeGreaterThan(200);
    expect((await post(stream.tickets.slice(0, -10))).statusCode).toBe(202);
    const consolidated = await eventually(async () => {
      const s = await engineState(tenant.id);
      return s?.consolidated_at && s.changed === 0 ? s : undefined;
    }, 25_000, 'the burst to be consolidated');
    expect(consolidated.consolidated_at).not.toBeNull();

    expect((await post(stream.tickets.slice(-10))).statusCode).toBe(202);
    await eventually(async () => ((await engineState(tenant.id))?.changed === 10 ? true : undefined), 30_000, 'the trickle to be analysed');
    await new Promise((r) => setTimeout(r, 500));
    expect((await engineState(tenant.id))?.changed).toBe(10);
  });
});
