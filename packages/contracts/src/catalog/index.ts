// The catalog's HTTP schemas and operations: the catalog service serves them, the gateway and others call them.
export * from './category.js';
export * from './product.js';
export * from './product-list.js';
export * from './product-admin.js';
export * from './product-image.js';
export * from './events.js';
export * from './catalog.routes.js';
