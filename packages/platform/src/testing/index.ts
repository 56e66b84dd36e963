export * from './test-databases.js';
export * from './test-tokens.js';
export * from './test-bus-peer.js';
export * from './test-bus.js';
export * from './wait-until.js';
export * from './handled-event-count.js';
export * from './event-stream-client.js';
