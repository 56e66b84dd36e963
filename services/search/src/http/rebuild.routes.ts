import { RebuildResult } from '@bazaar/contracts/search';
import { conflict, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { IndexSources } from '../clients/index-sources.js';
import type { SearchDatabase } from '../data/search-schema.js';
import { rebuildIndex } from '../use-cases/rebuild-index.js';
import { problemResponses } from './problem-responses.js';

/** Registers `POST /admin/rebuild`: repopulates the index from catalog and inventory, answering when swapped in. */
export function registerRebuildRoutes(
  app: HttpApp,
  deps: { database: SearchDatabase; sources: IndexSources },
  guards: AuthGuards,
): void {
  let isRebuilding = false;
  app.post(
    '/admin/rebuild',
    {
      onRequest: guards.requireAdmin,
      schema: {
        tags: ['admin'],
        summary: 'Rebuild the index from the catalog and inventory while searches keep being answered',
        response: { 200: RebuildResult, ...problemResponses(401, 403, 409, 503) },
      },
    },
    async () => {
      if (isRebuilding) throw conflict('A rebuild is already running.');
      isRebuilding = true;
      try {
        return await rebuildIndex(deps.database, deps.sources);
      } finally {
        isRebuilding = false;
      }
    },
  );
}
