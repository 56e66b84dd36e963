import {
  createAuthGuards,
  createHttpServer,
  type Bus,
  type HttpApp,
  type HttpServerOptions,
  type TokenVerifier,
} from '@bazaar/platform';
import type { CatalogConfig } from './config.js';
import type { CatalogDatabase, CatalogSchema } from './data/catalog-schema.js';
import { registerCategoryRoutes } from './http/categories.routes.js';
import { registerProductAdminRoutes } from './http/product-admin.routes.js';
import { registerProductImageRoutes } from './http/product-images.routes.js';
import { registerProductRoutes } from './http/products.routes.js';

/** What the catalog app is built from: its configuration, its database and a token verifier. */
export interface CatalogAppDeps {
  config: CatalogConfig;
  database: CatalogDatabase;
  /** The bus whose outbox product writes feed. */
  bus: Bus<CatalogSchema>;
  verifyToken: TokenVerifier;
  /** The process's shared server options (logger, metrics, readiness, shutdown) when it has them. */
  httpOptions?: Partial<HttpServerOptions>;
}

/** Builds the catalog's HTTP app with every route registered; it owns the database from now on. */
export async function buildApp({
  config,
  database,
  bus,
  verifyToken,
  httpOptions,
}: CatalogAppDeps): Promise<HttpApp> {
  const app = await createHttpServer({
    service: 'catalog',
    instance: config.SERVICE_INSTANCE,
    description: 'The product catalog: categories, products, their prices and pictures.',
    log: { level: config.LOG_LEVEL, format: config.LOG_FORMAT },
    readiness: [{ name: 'database', check: () => database.ping() }],
    onClose: () => database.close(),
    ...httpOptions,
  });
  const guards = createAuthGuards(verifyToken);
  registerCategoryRoutes(app, database);
  registerProductRoutes(app, database);
  registerProductAdminRoutes(app, { database, bus }, guards);
  registerProductImageRoutes(app, database);
  return app;
}
