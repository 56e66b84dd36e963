// Start order: an event routed before its consumer's queue exists is lost to that consumer (on
// RabbitMQ and on the embedded broker alike), so a process that publishes on its first start
// (catalog's demo data, identity's admin) waits until every consumer of those events is ready.
import type { ProcessDeclaration, SystemDeclaration } from './declaration-types.js';

/** The processes to start at once, and those to start once every other process is ready. */
export function startOrder(
  system: SystemDeclaration,
): [first: ProcessDeclaration[], afterReady: ProcessDeclaration[]] {
  const waits = (spec: ProcessDeclaration) => spec.publishesOnFirstStart.length > 0;
  return [system.processes.filter((spec) => !waits(spec)), system.processes.filter(waits)];
}

/** The consumers a first-start publisher must wait for: those bound to an event it publishes then. */
export function consumersToWaitFor(system: SystemDeclaration, publisher: ProcessDeclaration): string[] {
  const early = new Set<string>(publisher.publishesOnFirstStart);
  return system.processes
    .filter((spec) => spec.consumes.some((queue) => queue.events.some((event) => early.has(event))))
    .map((spec) => spec.name);
}
