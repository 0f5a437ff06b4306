import { describe, expect, it } from 'vitest';
import { quality } from '../../../src/themes/engine/quality-metrics.js';

describe('quality metrics', () => {
  it('scores a perfect clustering 1', () => {
    const q = quality(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y']);
    expect(q.ami).toBeCloseTo(1, 9);
    expect(q.vMeasure).toBeCloseTo(1, 9);
  });

  it('matches scikit-learn on a small case (AMI with expected mutual information)', () => {
    // sklearn 1.x: adjusted_mutual_info_score = -0.25, normalized_mutual_info_score = 0.474351
    const q = quality(['a', 'a', 'b', 'b', 'c'], ['x', 'y', 'y', 'z', 'z']);
    expect(q.ami).toBeCloseTo(-0.25, 6);
    expect(q.nmi).toBeCloseTo(0.474351, 6);
    expect(q.vMeasure).toBeCloseTo(0.474351, 6);
  });

  it('computes purity over themes of 5+ and coverage over themes of 3+', () => {
    const labels = ['a', 'a', 'a', 'a', 'b', 'c', 'c', 'd'];
    const themes = ['t1', 't1', 't1', 't1', 't1', 't2', 't2', 't3'];
    const q = quality(labels, themes);
    expect(q.purity5).toBeCloseTo(4 / 5);
    expect(q.coverage3).toBeCloseTo(5 / 8);
  });
});
