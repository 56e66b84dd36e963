// The event kit: declare an event once (type, version, schema, examples) and its envelope.
export * from './define-event.js';
export * from './event-envelope.js';
