// @bazaar/system: the declaration of every process (bazaar.system.ts) and what is derived from it.
export { bazaar, type ProcessName } from './bazaar.system.js';
export { defineSystem } from './src/define-system.js';
export type {
  EventType,
  Objectives,
  ProcessDeclaration,
  ProcessInput,
  ProcessKind,
  QueueDeclaration,
  ScaleSignal,
  Scaling,
  SystemDeclaration,
} from './src/declaration-types.js';
export {
  callersOf,
  consumedEventsOf,
  databaseOwners,
  databaseUrlKeyOf,
  urlKeyOf,
  urlKeysOf,
} from './src/process-links.js';
export { consumersToWaitFor, startOrder } from './src/start-order.js';
export {
  portOfReplica,
  prometheusTargets,
  type FileSdTargetGroup,
  type PlacementSettings,
} from './src/prometheus-targets.js';
export { servicesTable, tableMarkers, withServicesTable } from './src/services-table.js';
