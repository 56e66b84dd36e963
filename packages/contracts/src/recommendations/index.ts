// Recommendations' HTTP schemas: the service validates with them, the gateway reuses them.
export * from './recommendations.js';
export * from './recommendations.routes.js';
