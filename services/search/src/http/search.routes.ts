import { SearchQuery, SearchResults } from '@bazaar/contracts/search';
import type { HttpApp } from '@bazaar/platform';
import type { SearchIndexReader } from '../data/search.repository.js';
import { searchProducts } from '../use-cases/search-products.js';
import { problemResponses } from './problem-responses.js';

/** Registers the public search: `GET /search`. */
export function registerSearchRoutes(app: HttpApp, index: SearchIndexReader): void {
  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Full-text, faceted product search: every word (or word prefix) in name or description',
        querystring: SearchQuery,
        response: { 200: SearchResults, ...problemResponses(400) },
      },
    },
    async (request) => searchProducts(index, request.query),
  );
}
