import type { AuthGuards, HttpApp } from '@bazaar/platform';
import { RebuildResult, SearchQuery, SearchResults } from '@bazaar/contracts/search';
import type { Upstreams } from '../upstreams.js';
import { relay } from './relay.js';

/** Full-text and faceted search, and the admin's rebuild of the search index. */
export function registerSearchRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  app.get(
    '/api/search',
    { schema: { tags: ['search'], querystring: SearchQuery, response: { 200: SearchResults } } },
    async (request, reply) =>
      relay(reply, await upstreams.search.request({ method: 'GET', path: '/search', query: request.query })),
  );
  app.post(
    '/api/admin/search/rebuild',
    { onRequest: guards.requireAdmin, schema: { tags: ['admin'], response: { 200: RebuildResult } } },
    async (_request, reply) =>
      relay(
        reply,
        await upstreams.search.request({ method: 'POST', path: '/admin/rebuild', idempotent: true }),
      ),
  );
}
