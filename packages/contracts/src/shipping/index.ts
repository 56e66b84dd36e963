export * from './events.js';
export * from './shipments.js';
