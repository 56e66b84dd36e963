// Holds a service's bus to the system declaration (system/bazaar.system.ts): publishing an event
// type it does not declare, or subscribing a queue or an event it does not declare, throws; so does
// starting without every declared queue subscribed. Tests and `main.ts` open the bus the same way.
import type { ProcessDeclaration } from '@bazaar/system';
import type { Bus } from '../bus/create-bus.js';

const where = 'system/bazaar.system.ts';

/** The bus, refusing whatever the service's declaration does not list. */
export function declaredBus<Schema>(bus: Bus<Schema>, spec: ProcessDeclaration): Bus<Schema> {
  const subscribed = new Set<string>();
  return {
    ...bus,
    publish: (trx, event, data, options) => {
      if (!(spec.publishes as readonly string[]).includes(event.type)) {
        throw new Error(`${spec.name} publishes ${event.type}, which ${where} does not declare for it`);
      }
      return bus.publish(trx, event, data, options);
    },
    subscribe: (subscription) => {
      assertDeclaredQueue(
        spec,
        subscription.queue,
        subscription.events.map((event) => event.type),
      );
      subscribed.add(subscription.queue);
      bus.subscribe(subscription);
    },
    subscribeBroadcast: (subscription) => {
      const events = subscription.events.map((event) => event.type);
      assertDeclared(spec, 'broadcasts', spec.broadcasts, subscription.name, events);
      bus.subscribeBroadcast(subscription);
    },
    start: async () => {
      const missing = spec.consumes.filter((queue) => !subscribed.has(queue.queue));
      if (missing.length > 0) {
        const names = missing.map((queue) => queue.queue).join(', ');
        throw new Error(`${spec.name} declares ${names} in ${where} but never subscribes it`);
      }
      await bus.start();
    },
  };
}

function assertDeclaredQueue(spec: ProcessDeclaration, queue: string, events: string[]): void {
  assertDeclared(spec, 'consumes', spec.consumes, queue, events);
}

function assertDeclared(
  spec: ProcessDeclaration,
  list: 'consumes' | 'broadcasts',
  queues: ProcessDeclaration['consumes'],
  queue: string,
  events: string[],
): void {
  const declared = queues.find((entry) => entry.queue === queue);
  if (!declared)
    throw new Error(`${spec.name} subscribes ${queue}, which ${where} does not declare in ${list}`);
  const expected = [...declared.events].sort().join(', ');
  const actual = [...events].sort().join(', ');
  if (expected !== actual) {
    throw new Error(`${spec.name}'s ${queue} binds ${actual}, but ${where} declares ${expected}`);
  }
}
