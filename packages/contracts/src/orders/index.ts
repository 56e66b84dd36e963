export * from './events.js';
export * from './order-facts.js';
export * from './order.js';
export * from './checkout.js';
export * from './status-events.js';
