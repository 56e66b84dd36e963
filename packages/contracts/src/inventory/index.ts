// Inventory's contracts: its events, and the HTTP schemas of availability and admin stock.
export * from './events.js';
export * from './availability.js';
export * from './stock-admin.js';
export * from './inventory.routes.js';
