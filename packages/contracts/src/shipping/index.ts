export * from './events.js';
export * from './shipments.js';
export * from './shipping.routes.js';
