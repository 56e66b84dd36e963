// Contracts live in one folder per producing service: import '@bazaar/contracts/<service>'.
export * from './common/index.js';
