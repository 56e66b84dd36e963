// The notifications service's HTTP schemas: the service validates with them, the gateway reuses them.
export * from './notification.js';
export * from './events.js';
