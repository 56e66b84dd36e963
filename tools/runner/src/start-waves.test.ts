import { describe, expect, it } from 'vitest';
import { planInstances } from './instances.js';
import { startWaves } from './start-waves.js';
import { topology } from './topology.js';

describe('startWaves', () => {
  const settings = { gatewayPort: 8080, servicePortBase: 7100, replicas: new Map([['catalog', 2]]) };

  it('starts catalog and identity (every replica) only after all the other processes', () => {
    const [first, afterReady] = startWaves(planInstances(topology, settings), topology);
    expect(afterReady.map((instance) => instance.id).sort()).toEqual([
      'catalog-0',
      'catalog-1',
      'identity-0',
    ]);
    expect(first.map((instance) => instance.name)).toEqual(
      expect.arrayContaining(['inventory', 'search', 'recommendations', 'notifications', 'gateway']),
    );
    expect(first).toHaveLength(planInstances(topology, settings).length - 3);
  });
});
