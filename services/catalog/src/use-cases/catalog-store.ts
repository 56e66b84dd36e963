import type { Bus } from '@bazaar/platform';
import type { CatalogDatabase, CatalogSchema } from '../data/catalog-schema.js';

/** What catalog's writes work with: its database and the bus its outbox feeds. */
export interface CatalogStore {
  database: CatalogDatabase;
  bus: Bus<CatalogSchema>;
}
