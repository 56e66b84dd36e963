export * from './product-summary.js';
