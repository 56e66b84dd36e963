// Turns each service's own bus report into the console's list: every declared queue once, and one
// `<service>.outbox` entry per publishing service.
import type { OpsQueue } from '@bazaar/contracts/gateway';
import type { QueueReport } from '@bazaar/contracts/routes';
import type { ProcessDeclaration } from '@bazaar/system';

/** The reports by service name (null when the service did not answer) and its ready instances. */
export interface ServiceBusView {
  readonly report: QueueReport | null;
  readonly readyInstances: number;
}

/** Every queue of the declaration that its service reported on, then every outbox; services that did not answer are named. */
export function mergeQueueReports(
  processes: readonly ProcessDeclaration[],
  views: ReadonlyMap<string, ServiceBusView>,
): { items: OpsQueue[]; unavailable: string[] } {
  const queues: OpsQueue[] = [];
  const outboxes: OpsQueue[] = [];
  const unavailable: string[] = [];
  for (const spec of processes) {
    if (spec.consumes.length === 0 && spec.publishes.length === 0) continue;
    const view = views.get(spec.name);
    if (!view?.report) {
      unavailable.push(spec.name);
      continue;
    }
    for (const declared of spec.consumes) {
      const state = view.report.queues.find((queue) => queue.name === declared.queue);
      if (!state) continue;
      // each instance of a service consumes each of its queues once (the embedded broker keeps no count)
      const consumers = state.consumers ?? view.readyInstances;
      queues.push({ name: state.name, depth: state.depth, consumers, deadLetters: state.deadLetters });
    }
    if (spec.publishes.length > 0) {
      const backlog = view.report.outbox.backlog;
      const relays = view.readyInstances;
      outboxes.push({
        name: `${spec.name}.outbox`,
        depth: backlog,
        consumers: relays,
        deadLetters: 0,
        outboxBacklog: backlog,
      });
    }
  }
  return { items: [...queues, ...outboxes], unavailable };
}
