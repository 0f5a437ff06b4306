import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../../src/http/json-depth.js';

const nested = (levels: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { k: v };
  return v;
};

describe('nestsDeeperThan', () => {
  it('counts levels of objects and arrays, not scalars', () => {
    expect(nestsDeeperThan('text')).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(nestsDeeperThan({ a: 1, b: [1, 2, { c: null }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: 1, b: [1, 2, { c: [] }] }, 3)).toBe(true);
  });

  it('walks a value nested far deeper than the stack allows a recursive walk to go', () => {
    expect(nestsDeeperThan(nested(200_000))).toBe(true);
  });
});
