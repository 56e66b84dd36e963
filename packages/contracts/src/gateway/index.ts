// The public API's own schemas and routes (what the gateway composes or serves under /api).
export * from './product-summary.js';
export * from './public-route.js';
export * from './cart.routes.js';
