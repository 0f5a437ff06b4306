import { describe, expect, it } from 'vitest';
import { TemplateMiner } from '../../../src/themes/engine/template-miner.js';

/** A miner holding one template whose theme is `themeId`. */
function minerWith(themeId: string): TemplateMiner {
  const miner = new TemplateMiner(0.5);
  miner.assign(['backup', 'job', 'failed'], () => themeId);
  return miner;
}

describe('TemplateMiner.redirect', () => {
  it('applies moves in turn: a theme absorbed by one retired later follows it on', () => {
    const miner = minerWith('a');
    miner.redirect([['a', 'b'], ['b', 'c']]);
    expect(miner.lookup(['backup', 'job', 'failed'])).toBe('c');
  });

  it('does not follow a move that came before the one that reached the theme', () => {
    const miner = minerWith('a');
    miner.redirect([['b', 'c'], ['a', 'b']]);
    expect(miner.lookup(['backup', 'job', 'failed'])).toBe('b');
  });
});
