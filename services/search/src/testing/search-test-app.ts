// Test and bench support: search built in-process as main.ts builds it, on a given database and bus.
import {
  loadConfig,
  openServiceResources,
  type DatabaseLocation,
  type HttpApp,
  type ServiceResources,
  type TokenVerifier,
} from '@bazaar/platform';
import { buildApp } from '../app.js';
import type { IndexSources } from '../clients/index-sources.js';
import { searchConfigSchema } from '../config.js';
import { searchMigrations } from '../data/migrations/index.js';
import type { SearchSchema } from '../data/search-schema.js';

/** A running search app (not listening) and its resources. */
export interface SearchTestApp {
  app: HttpApp;
  resources: ServiceResources<SearchSchema>;
}

/** What a test or bench changes: the token verifier, the rebuild sources, extra configuration. */
export interface SearchTestOptions {
  verifyToken?: TokenVerifier;
  sources?: IndexSources;
  env?: Record<string, string>;
}

/** Starts search on the location's database and embedded bus; closing the app closes both. */
export async function startSearch(
  location: DatabaseLocation,
  options: SearchTestOptions = {},
): Promise<SearchTestApp> {
  const config = loadConfig(searchConfigSchema, {
    DATA_DIR: location.dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...options.env,
  });
  const opened = await openServiceResources<SearchSchema>({
    service: 'search',
    config,
    migrations: searchMigrations,
    serviceDatabaseUrl: location.serviceDatabaseUrl,
  });
  const resources = { ...opened, verifyToken: options.verifyToken ?? opened.verifyToken };
  const app = await buildApp({ config, resources, ...(options.sources ? { sources: options.sources } : {}) });
  await resources.bus.start();
  await app.ready();
  return { app, resources };
}
