export * from './events.js';
export * from './order-facts.js';
