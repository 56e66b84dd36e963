// Start order across processes (from system/bazaar.system.ts's publishesOnFirstStart): an event routed before its consumer's queue exists is lost to that
// consumer (on RabbitMQ and on the embedded broker alike), so the processes that publish on their
// first start (catalog's demo data, identity's admin) wait until every consumer has declared its queues.
import type { Instance } from './instances.js';
import type { ProcessSpec } from './topology.js';

/** The instances to start first (consumers, the gateway) and those to start once they are ready. */
export function startWaves(
  instances: readonly Instance[],
  specs: readonly ProcessSpec[],
): [first: Instance[], afterReady: Instance[]] {
  const publishers = new Set(specs.filter((spec) => spec.publishesOnFirstStart).map((spec) => spec.name));
  return [
    instances.filter((instance) => !publishers.has(instance.name)),
    instances.filter((instance) => publishers.has(instance.name)),
  ];
}
