export * from './test-databases.js';
export * from './test-tokens.js';
