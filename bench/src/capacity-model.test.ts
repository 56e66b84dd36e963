import { describe, expect, it } from 'vitest';
import { ceilingOn, costPerUnit, largestShare, totalOf } from './capacity-model.js';

const window = (seconds: number, entries: Array<[string, number]>) => ({
  seconds,
  cpuMsByProcess: new Map(entries),
});

describe('the capacity model', () => {
  it('takes the idle rate over the loaded window out before dividing by the units of work', () => {
    const idle = window(10, [['orders', 100]]); // 10 ms/s while idle
    const loaded = window(20, [['orders', 1200]]); // 200 ms of it is idle
    expect(costPerUnit(loaded, idle, 100).get('orders')).toBe(10);
  });

  it('predicts N × 1000 / total ms per unit on N cores and names the largest share to scale first', () => {
    const costs = new Map([
      ['orders', 20],
      ['cart', 10],
      ['gateway', 10],
    ]);
    expect(totalOf(costs)).toBe(40);
    expect(ceilingOn(4, totalOf(costs))).toBe(100);
    expect(largestShare(costs)).toBe('orders');
  });
});
