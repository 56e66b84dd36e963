import { searchRoutes } from '@bazaar/contracts/search';
import { registerRoute, type HttpApp } from '@bazaar/platform';
import type { SearchIndexReader } from '../data/search.repository.js';
import { searchProducts } from '../use-cases/search-products.js';

/** Registers the public search: `GET /search`. */
export function registerSearchRoutes(app: HttpApp, index: SearchIndexReader): void {
  registerRoute(app, searchRoutes.search, async (request) => searchProducts(index, request.query));
}
