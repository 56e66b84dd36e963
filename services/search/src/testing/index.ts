// Support for tests and the search benchmark: the app in-process, stub sources, product fixtures.
export * from './search-test-app.js';
export * from './stub-sources.js';
export * from './product-facts.js';
