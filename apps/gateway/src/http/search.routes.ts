import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import { searchRoutes } from '@bazaar/contracts/search';
import { publicAdminRoutes, publicShopRoutes } from '@bazaar/contracts/gateway';
import type { Upstreams } from '../upstreams.js';
import { relay } from './relay.js';

/** Full-text and faceted search, and the admin's rebuild of the search index. */
export function registerSearchRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  const { search } = upstreams;
  registerRoute(app, publicShopRoutes.search, async (request, reply) =>
    relay(reply, await search.call(searchRoutes.search, { query: request.query })),
  );
  registerRoute(
    app,
    publicAdminRoutes.rebuildSearch,
    async (_request, reply) => relay(reply, await search.call(searchRoutes.rebuild, {})),
    { onRequest: guards.requireAdmin },
  );
}
