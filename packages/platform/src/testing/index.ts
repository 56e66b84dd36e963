export * from './test-databases.js';
export * from './test-tokens.js';
export * from './test-bus-peer.js';
export * from './test-bus.js';
