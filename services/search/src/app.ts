import { createAuthGuards, createHttpServer, type HttpApp, type ServiceResources } from '@bazaar/platform';
import { createIndexSources, type IndexSources } from './clients/index-sources.client.js';
import { baseUrlsOf, type SearchConfig } from './config.js';
import type { SearchSchema } from './data/search-schema.js';
import { SearchIndexReader } from './data/search.repository.js';
import { subscribeIndexProducts } from './events/index-products.js';
import { subscribeTrackStock } from './events/track-stock.js';
import { registerRebuildRoutes } from './http/rebuild.routes.js';
import { registerSearchRoutes } from './http/search.routes.js';

/** What the search app is built from: its configuration, its resources and (optionally) its rebuild sources. */
export interface SearchAppDeps {
  config: SearchConfig;
  resources: ServiceResources<SearchSchema>;
  sources?: IndexSources;
}

/** Builds search's HTTP app and declares its bus subscriptions; it owns database and bus from now on. */
export async function buildApp({ config, resources, sources }: SearchAppDeps): Promise<HttpApp> {
  const app = await createHttpServer({
    ...resources.httpOptions,
    description: 'Search: a full-text, faceted product index built from catalog and inventory events.',
  });
  const guards = createAuthGuards(resources.verifyToken);
  const { database, bus } = resources;
  const indexSources = sources ?? createSourcesFrom(config);
  app.addHook('onClose', async () => indexSources.close());
  registerSearchRoutes(app, new SearchIndexReader(database.db, database.engine));
  registerRebuildRoutes(app, { database, sources: indexSources }, guards);
  subscribeIndexProducts(bus);
  subscribeTrackStock(bus);
  return app;
}

/** The rebuild sources at the configured catalog and inventory URLs. */
export function createSourcesFrom(config: SearchConfig): IndexSources {
  return createIndexSources({
    catalog: baseUrlsOf(config.CATALOG_URL),
    inventory: baseUrlsOf(config.INVENTORY_URL),
  });
}
