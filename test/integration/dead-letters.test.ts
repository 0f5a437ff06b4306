import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analyser } from '../../src/pipeline/analyser.js';
import { createThemeAnalyser } from '../../src/themes/theme-analyser.js';
import { eventually, modes, startHarness, ticket, type Harness } from '../support/harness.js';

describe.each(modes)('dead letters (%s)', (mode) => {
  let h: Harness;
  let broken = true;
  beforeAll(async () => {
    // An analysis step that fails until the "bug" is fixed, then behaves like the real one.
    let real: Analyser | null = null;
    const flaky: Analyser = {
      async analyse(tenantId, batch, db) {
        if (broken) throw new Error('theme store unavailable');
        return real!.analyse(tenantId, batch, db);
      },
      forget: (tenantId) => real?.forget(tenantId),
    };
    h = await startHarness(mode, { analyser: flaky });
    real = createThemeAnalyser(h.services.themeState);
  });
  afterAll(() => h.stop());

  it('retries a failing job with back-off, then lists it as failed, counts it in /metrics, and retries it on request', async () => {
    const { auth } = await h.tenant();
    const stored = (await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: auth, payload: ticket() })).json().tickets[0];

    const failed = await eventually(async () => {
      const body = (await h.app!.inject({ method: 'GET', url: '/v1/admin/failed-jobs', headers: auth })).json();
      return body.jobs.length > 0 ? body.jobs[0] : undefined;
    }, 20_000, 'the job in the failed set');
    expect(failed).toMatchObject({ name: 'analyse', attempts: 3, error: expect.stringContaining('theme store unavailable') });
    expect((await h.app!.inject({ method: 'GET', url: `/v1/tickets/${stored.id}`, headers: auth })).json().processing.state).toBe('pending');
    // A dead job holds its id until someone retries it: the outbox sweep (every 200 ms here) must
    // not run it again and again meanwhile.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await h.app!.inject({ method: 'GET', url: '/v1/admin/failed-jobs', headers: auth })).json().jobs).toEqual([failed]);

    const metrics = (await h.app!.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/recurrence_queue_jobs\{state="failed"\} [1-9]/);

    const other = await h.tenant();
    expect((await h.app!.inject({ method: 'GET', url: '/v1/admin/failed-jobs', headers: other.auth })).json().jobs).toEqual([]);
    expect((await h.app!.inject({ method: 'POST', url: `/v1/admin/failed-jobs/${failed.id}/retry`, headers: other.auth })).statusCode).toBe(404);

    broken = false;
    const retry = await h.app!.inject({ method: 'POST', url: `/v1/admin/failed-jobs/${failed.id}/retry`, headers: auth });
    expect(retry.statusCode).toBe(202);
    await eventually(async () => {
      const t = (await h.app!.inject({ method: 'GET', url: `/v1/tickets/${stored.id}`, headers: auth })).json();
      return t.processing.state === 'processed' ? t : undefined;
    }, 20_000, 'the ticket processed after the retry');
    expect((await h.app!.inject({ method: 'GET', url: '/v1/admin/failed-jobs', headers: auth })).json().jobs).toEqual([]);
  });
});
