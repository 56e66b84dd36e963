// HTTP operations declared once: services register them, callers call them, OpenAPI shows them.
export * from './define-route.js';
export * from './problem-responses.js';
export * from './dead-letter.routes.js';
export * from './queue-report.routes.js';
export * from './span.routes.js';
