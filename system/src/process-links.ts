// What follows from the declaration for one process: the `<NAME>_URL` keys it gets, and who calls it.
import type { ProcessDeclaration, SystemDeclaration } from './declaration-types.js';

/** The configuration key holding a process's base URLs: `search` → `SEARCH_URL`. */
export function urlKeyOf(name: string): string {
  return `${name.toUpperCase().replaceAll('-', '_')}_URL`;
}

/** The key of a service's own database URL: `orders` → `ORDERS_DATABASE_URL`. */
export function databaseUrlKeyOf(name: string): string {
  return `${name.toUpperCase().replaceAll('-', '_')}_DATABASE_URL`;
}

/** The `<NAME>_URL` keys a process is given: one per process it declares it calls, no other. */
export function urlKeysOf(spec: ProcessDeclaration): string[] {
  return spec.calls.map(urlKeyOf);
}

/** The processes that declare they call `name` (its allowed callers). */
export function callersOf(system: SystemDeclaration, name: string): string[] {
  return system.processes.filter((spec) => spec.calls.includes(name)).map((spec) => spec.name);
}

/** Every event type a process may receive, over all of its queues. */
export function consumedEventsOf(spec: ProcessDeclaration): string[] {
  return [...new Set(spec.consumes.flatMap((queue) => queue.events))];
}

/** The processes that own a database, in declaration order. */
export function databaseOwners(system: SystemDeclaration): string[] {
  return system.processes.filter((spec) => spec.database === 'own').map((spec) => spec.name);
}
