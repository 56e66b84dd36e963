export * from './events.js';
export * from './card-tokens.js';
export * from './admin-payments.js';
export * from './payments.routes.js';
