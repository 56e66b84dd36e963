import { describe, expect, it } from 'vitest';
import { defaultPropertySeed, propertyRuns } from './property-runs.js';

describe('property runs', () => {
  it('uses the fixed seed and the given runs unless the environment asks for others', () => {
    expect(propertyRuns('p', 50, {})).toEqual({ seed: defaultPropertySeed, numRuns: 50 });
    expect(propertyRuns('p', 50, { PROPERTY_SEED: '7', PROPERTY_RUNS: '1000' })).toEqual({
      seed: 7,
      numRuns: 1000,
    });
  });

  it('refuses a seed that is not an integer', () => {
    expect(() => propertyRuns('p', 50, { PROPERTY_SEED: 'abc' })).toThrow(/PROPERTY_SEED/);
  });
});
