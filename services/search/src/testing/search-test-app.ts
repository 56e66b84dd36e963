// Test and bench support: search started in-process as main.ts starts it, on a given database and bus.
import { startServiceInProcess } from '@bazaar/platform/testing';
import {
  type DatabaseLocation,
  type HttpApp,
  type ServiceResources,
  type TokenVerifier,
} from '@bazaar/platform';
import { buildApp } from '../app.js';
import type { IndexSources } from '../clients/index-sources.client.js';
import type { SearchSchema } from '../data/search-schema.js';
import { searchService } from '../service.js';

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
  const service = options.sources ? withSources(options.sources) : searchService;
  return startServiceInProcess(service, {
    location,
    ...(options.verifyToken ? { verifyToken: options.verifyToken } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
}

function withSources(sources: IndexSources): typeof searchService {
  return { ...searchService, buildApp: (deps) => buildApp({ ...deps, sources }) };
}
