export * from './money.js';
export * from './problem.js';
export * from './pagination.js';
export * from './ids.js';
export * from './event-stream.js';
