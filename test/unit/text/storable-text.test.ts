import { describe, expect, it } from 'vitest';
import { findUnstorableText, makeStorable } from '../../../src/text/storable-text.js';

const nested = (levels: number, leaf: unknown): unknown => {
  let v = leaf;
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { k: v };
  return v;
};

describe('storable text', () => {
  it('names the first string PostgreSQL cannot store, by its path', () => {
    expect(findUnstorableText({ title: 'ok', client: { name: 'ac\u0000me' } }, 'body')).toBe('body.client.name: contains a NUL character (U+0000), which cannot be stored');
    expect(findUnstorableText([{ t: 'ok' }, { t: 'cut \ud83d' }], 'body')).toMatch(/^body\[1\]\.t: contains half of a UTF-16 surrogate pair/);
    expect(findUnstorableText({ ['bad\u0000key']: 1 }, 'body')).toMatch(/^body: a field name contains a NUL/);
    expect(findUnstorableText({ a: ['fine', 'smile \ud83d\ude00'] }, 'body')).toBeNull();
  });

  it('repairs a copy (NUL dropped, half a pair replaced) and leaves dates and clean values as they are', () => {
    const at = new Date('2026-11-01T00:00:00Z');
    const fixed = makeStorable({ title: 'Dru\u0000cker \ud83d', notes: [{ text: 'x\u0000' }], at, ['k\u0000']: 'v' });
    expect(fixed).toEqual({ title: 'Drucker \ufffd', notes: [{ text: 'x' }], at, k: 'v' });
    expect(fixed.at).toBe(at);
    const clean = { title: 'fine' };
    expect(makeStorable(clean)).toBe(clean);
  });

  it('walks and repairs a vendor payload nested far deeper than a recursive walk could go', () => {
    const deep = nested(100_000, 'bottom\u0000');
    expect(findUnstorableText(deep, 'raw')).toContain('contains a NUL');
    const fixed = makeStorable(deep);
    expect(findUnstorableText(fixed, 'raw')).toBeNull();
  });
});
