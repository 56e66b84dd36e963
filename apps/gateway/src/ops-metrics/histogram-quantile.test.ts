import { describe, expect, it } from 'vitest';
import { histogramQuantile } from './histogram-quantile.js';

describe('histogramQuantile', () => {
  it('interpolates within the bucket that holds the rank, as PromQL does', () => {
    const buckets = new Map([
      [0.1, 50],
      [0.5, 100],
      [Infinity, 100],
    ]);
    expect(histogramQuantile(0.5, buckets)).toBeCloseTo(0.1);
    expect(histogramQuantile(0.99, buckets)).toBeCloseTo(0.1 + 0.4 * (49 / 50));
  });

  it('answers the last finite bound when the rank lies beyond it, and null when nothing was seen', () => {
    expect(
      histogramQuantile(
        0.99,
        new Map([
          [1, 1],
          [Infinity, 10],
        ]),
      ),
    ).toBe(1);
    expect(
      histogramQuantile(
        0.99,
        new Map([
          [1, 0],
          [Infinity, 0],
        ]),
      ),
    ).toBeNull();
  });
});
