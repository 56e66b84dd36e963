// Search's HTTP schemas: the search query and its results, and the admin rebuild. Search publishes no events.
export * from './search-query.js';
export * from './search-results.js';
export * from './rebuild.js';
export * from './search.routes.js';
