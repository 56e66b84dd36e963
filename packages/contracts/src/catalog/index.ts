// The catalog's HTTP schemas: the catalog service validates with them, the gateway reuses them.
export * from './category.js';
export * from './product.js';
export * from './product-list.js';
export * from './product-admin.js';
export * from './product-image.js';
export * from './events.js';
