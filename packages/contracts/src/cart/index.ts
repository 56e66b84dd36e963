// The cart's HTTP schemas and operations: the cart service serves them, the gateway and orders call them.
export * from './cart.js';
export * from './cart.routes.js';
