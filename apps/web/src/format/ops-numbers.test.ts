import { describe, expect, it } from 'vitest';
import { formatMs, formatRate, formatRatio, formatUptime } from './ops-numbers.ts';

describe('ops numbers', () => {
  it('writes uptimes in the largest units that matter', () => {
    expect([formatUptime(45), formatUptime(720), formatUptime(11_100), formatUptime(187_200)]).toEqual([
      '45 s',
      '12 min',
      '3 h 05 min',
      '2 d 4 h',
    ]);
  });

  it('writes rates, ratios and durations short', () => {
    expect([formatRate(0.25), formatRate(12.4)]).toEqual(['0.3/s', '12/s']);
    expect([formatRatio(0), formatRatio(0.025), formatRatio(0.5)]).toEqual(['0%', '2.5%', '50%']);
    expect([formatMs(0.42), formatMs(12.4), formatMs(1234)]).toEqual(['0.4 ms', '12 ms', '1.2 s']);
  });
});
