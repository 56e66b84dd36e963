import { describe, expect, it } from 'vitest';
import { chunkDelayMs, parseFaultMode } from './fault-mode.js';

describe('fault modes', () => {
  it('reads a latency mode and defaults its jitter to zero', () => {
    expect(parseFaultMode({ kind: 'latency', latencyMs: 200 })).toEqual({
      kind: 'latency',
      latencyMs: 200,
      jitterMs: 0,
    });
    expect(parseFaultMode({ kind: 'stall', latencyMs: 5 })).toEqual({ kind: 'stall' });
  });

  it('rejects an unknown kind and a negative latency with a message naming the field', () => {
    expect(() => parseFaultMode({ kind: 'explode' })).toThrow(/kind must be one of pass, latency/);
    expect(() => parseFaultMode({ kind: 'latency', latencyMs: -1 })).toThrow(/latencyMs/);
    expect(() => parseFaultMode(null)).toThrow(/kind/);
  });

  it('spreads delays uniformly over latency ± jitter and never below zero', () => {
    const mode = { kind: 'latency', latencyMs: 200, jitterMs: 50 } as const;
    expect(chunkDelayMs(mode, () => 0)).toBe(150);
    expect(chunkDelayMs(mode, () => 0.5)).toBe(200);
    expect(chunkDelayMs(mode, () => 0.999999)).toBeCloseTo(250, 3);
    expect(chunkDelayMs({ kind: 'latency', latencyMs: 10, jitterMs: 50 }, () => 0)).toBe(0);
    expect(chunkDelayMs({ kind: 'pass' }, () => 0.9)).toBe(0);
  });
});
