import { CategoryList } from '@bazaar/contracts/catalog';
import type { HttpApp } from '@bazaar/platform';
import type { CatalogDatabase } from '../data/catalog-schema.js';
import { listCategories } from '../use-cases/list-categories.js';

/** Registers `GET /categories`. */
export function registerCategoryRoutes(app: HttpApp, database: CatalogDatabase): void {
  app.get(
    '/categories',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Every category with its product count',
        response: { 200: CategoryList },
      },
    },
    async () => listCategories(database.db),
  );
}
