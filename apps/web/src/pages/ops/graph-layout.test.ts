import { describe, expect, it } from 'vitest';
import type { OpsService } from '@bazaar/contracts/gateway';
import { circleLayout, declaredEdges } from './graph-layout.ts';

const service = (name: string, extra: Partial<OpsService>): OpsService => ({
  name,
  kind: 'service',
  calls: [],
  publishes: [],
  consumes: [],
  instances: [],
  ...extra,
});

describe('the service graph', () => {
  it('draws an HTTP edge for each call and one event edge per publisher and consumer', () => {
    const services = [
      service('gateway', { calls: ['orders'] }),
      service('orders', { publishes: ['orders.order.paid', 'orders.order.placed'] }),
      service('cart', {
        consumes: [
          { queue: 'cart.a', types: ['orders.order.paid'] },
          { queue: 'cart.b', types: ['orders.order.placed', 'nobody.publishes.this'] },
        ],
      }),
    ];
    expect(declaredEdges(services)).toEqual([
      { from: 'gateway', to: 'orders', kind: 'http' },
      { from: 'orders', to: 'cart', kind: 'event' },
    ]);
  });

  it('puts the first process at the top of the circle and spreads the others evenly', () => {
    const [top, right, bottom, left] = circleLayout(['a', 'b', 'c', 'd'], 100, 10);
    expect(top).toEqual({ name: 'a', x: 110, y: 10 });
    expect(right).toEqual({ name: 'b', x: 210, y: 110 });
    expect(bottom).toEqual({ name: 'c', x: 110, y: 210 });
    expect(left).toEqual({ name: 'd', x: 10, y: 110 });
  });
});
