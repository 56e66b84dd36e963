import { defineRoute, problemResponses } from '../routes/index.js';
import { RebuildResult } from './rebuild.js';
import { SearchQuery } from './search-query.js';
import { SearchResults } from './search-results.js';

/** The search service's operations: the public search and the admin's rebuild. */
export const searchRoutes = {
  search: defineRoute({
    method: 'GET',
    path: '/search',
    summary: 'Full-text, faceted product search: every word (or word prefix) in name or description',
    tags: ['search'],
    query: SearchQuery,
    responses: { 200: SearchResults, ...problemResponses(400) },
  }),
  rebuild: defineRoute({
    method: 'POST',
    path: '/admin/rebuild',
    summary: 'Rebuild the index from the catalog and inventory while searches keep being answered',
    tags: ['admin'],
    idempotent: true,
    responses: { 200: RebuildResult, ...problemResponses(401, 403, 409, 503) },
  }),
};
