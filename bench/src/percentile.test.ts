import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';

describe('a percentile', () => {
  it('does not care in which order the samples came, and is NaN without samples', () => {
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 100], 0.99)).toBe(100);
    expect(percentile([], 0.5)).toBeNaN();
  });
});
