// @bazaar/load: the load generator's parts, for tests and other tools (the soak of issue 12).
export * from './arrival-scheduler.js';
export * from './load-options.js';
export * from './load-report.js';
export * from './load-run.js';
export * from './shopper-mix.js';
export * from './step-stats.js';
export * from './target-check.js';
