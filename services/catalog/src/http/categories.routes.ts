import { catalogRoutes } from '@bazaar/contracts/catalog';
import { registerRoute, type HttpApp } from '@bazaar/platform';
import type { CatalogDatabase } from '../data/catalog-schema.js';
import { listCategories } from '../use-cases/list-categories.js';

/** Registers `GET /categories`. */
export function registerCategoryRoutes(app: HttpApp, database: CatalogDatabase): void {
  registerRoute(app, catalogRoutes.listCategories, async () => listCategories(database.db));
}
