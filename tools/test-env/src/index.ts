export * from './probe.js';
export * from './isolated-backend.js';
