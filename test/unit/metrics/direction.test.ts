import { describe, expect, it } from 'vitest';
import { direction } from '../../../src/metrics/direction.js';

describe('direction of a count from one period to the next', () => {
  it('is new when the earlier period had none, and steady when neither had any', () => {
    expect(direction(3, 0)).toBe('new');
    expect(direction(0, 0)).toBe('steady');
  });

  it('calls a clear change rising or falling', () => {
    expect(direction(30, 6)).toBe('rising');
    expect(direction(6, 30)).toBe('falling');
    expect(direction(0, 4)).toBe('falling');
  });

  it('calls a change of a ticket or two on small counts steady', () => {
    expect(direction(2, 1)).toBe('steady');
    expect(direction(1, 2)).toBe('steady');
    expect(direction(11, 10)).toBe('steady');
  });
});
