import { searchRoutes } from '@bazaar/contracts/search';
import { conflict, registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { IndexSources } from '../clients/index-sources.client.js';
import type { SearchDatabase } from '../data/search-schema.js';
import { rebuildIndex } from '../use-cases/rebuild-index.js';

/** Registers `POST /admin/rebuild`: repopulates the index from catalog and inventory, answering when swapped in. */
export function registerRebuildRoutes(
  app: HttpApp,
  deps: { database: SearchDatabase; sources: IndexSources },
  guards: AuthGuards,
): void {
  let isRebuilding = false;
  registerRoute(
    app,
    searchRoutes.rebuild,
    async () => {
      if (isRebuilding) throw conflict('A rebuild is already running.');
      isRebuilding = true;
      try {
        return await rebuildIndex(deps.database, deps.sources);
      } finally {
        isRebuilding = false;
      }
    },
    { onRequest: guards.requireAdmin },
  );
}
