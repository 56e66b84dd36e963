import { describe, expect, it } from 'vitest';
import { bazaar } from '../bazaar.system.js';
import { prometheusTargets } from './prometheus-targets.js';

describe('prometheusTargets', () => {
  it('lists every replica of every process with its name, instance id and kind', () => {
    const groups = prometheusTargets(bazaar, {
      gatewayPort: 8080,
      servicePortBase: 7100,
      replicas: new Map([['orders', 2]]),
    });
    expect(groups).toHaveLength(bazaar.processes.length + 1);
    expect(groups.filter((group) => group.labels.job === 'orders')).toEqual([
      {
        targets: ['127.0.0.1:7107'],
        labels: { job: 'orders', instance: 'orders-0', kind: 'service', __metrics_path__: '/metrics' },
      },
      {
        targets: ['127.0.0.1:7207'],
        labels: { job: 'orders', instance: 'orders-1', kind: 'service', __metrics_path__: '/metrics' },
      },
    ]);
    expect(groups.find((group) => group.labels.job === 'gateway')?.targets).toEqual(['127.0.0.1:8080']);
  });
});
