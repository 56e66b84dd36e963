// The public API: its own schemas and every route the gateway serves under /api.
export * from './product-summary.js';
export * from './checkout.js';
export * from './public-route.js';
export * from './cart.routes.js';
export * from './account.routes.js';
export * from './shop.routes.js';
export * from './admin.routes.js';
export * from './live.routes.js';
export * from './ops.routes.js';
export * from './ops-traces.routes.js';
export * from './ops-metrics.routes.js';
