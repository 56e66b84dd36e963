// The cart's HTTP schemas: the cart service validates with them, the gateway reuses them.
export * from './cart.js';
