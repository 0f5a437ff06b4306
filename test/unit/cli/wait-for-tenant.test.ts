import { describe, expect, it } from 'vitest';
import { whenTenantFree } from '../../../src/cli/wait-for-tenant.js';
import { TenantBusyError } from '../../../src/themes/consolidate-tenant.js';

describe('the CLI waiting for a tenant a worker holds', () => {
  it('runs the command once the worker lets go, saying once that it waits', async () => {
    let calls = 0;
    const said: string[] = [];
    const result = await whenTenantFree(async () => {
      calls++;
      if (calls < 3) throw new TenantBusyError('t1', 'rebuild');
      return 'rebuilt';
    }, { pollMs: 5, onWait: (m) => said.push(m) });
    expect(result).toBe('rebuilt');
    expect(calls).toBe(3);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/waiting/);
  });

  it('gives up with the busy error, naming the tenant and the action, when the tenant stays held', async () => {
    const started = Date.now();
    await expect(whenTenantFree(async () => { throw new TenantBusyError('t1', 'rebuild'); }, { waitMs: 60, pollMs: 10, onWait: () => {} }))
      .rejects.toThrow(/tenant t1 .*rebuild did not start/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('does not retry other failures', async () => {
    let calls = 0;
    await expect(whenTenantFree(async () => { calls++; throw new Error('database is down'); }, { pollMs: 5, onWait: () => {} })).rejects.toThrow('database is down');
    expect(calls).toBe(1);
  });
});
