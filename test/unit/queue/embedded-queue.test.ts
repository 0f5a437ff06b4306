import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../src/db/db.js';
import { createEmbeddedQueue } from '../../../src/queue/embedded-queue.js';
import type { JobHandlers } from '../../../src/queue/jobs.js';

/** The queue only asks the database about dead letters: none here. */
const noDeadLetters = { query: async () => ({ rows: [{ n: 0 }], rowCount: 0 }) } as unknown as Db;

describe('embedded queue', () => {
  afterEach(() => vi.useRealTimers());

  it('still runs a retry whose timer fires a moment before the clock reaches its time', async () => {
    // Node's timers and Date.now() can disagree by a millisecond: here the timer fires at 19 ms
    // for a retry due at 20 ms. The retry must still run, not wait for an unrelated wake-up.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    let clock = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const queue = createEmbeddedQueue(noDeadLetters, { attempts: 3, backoffMs: 20 }, 1);
    let calls = 0;
    queue.work({ analyse: async () => { calls++; if (calls === 1) throw new Error('transient'); } } as unknown as JobHandlers);
    await queue.enqueue('analyse', { tenantId: 't1' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    clock = 19;
    await vi.advanceTimersByTimeAsync(20);
    clock = 25;
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toBe(2);
    expect(await queue.counts()).toMatchObject({ waiting: 0, delayed: 0, active: 0 });
    await queue.close();
  });
});
