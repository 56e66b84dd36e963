import type { MigrationSet } from '@bazaar/platform';
import { createCatalog } from './0001-create-catalog.js';

/** The catalog's forward-only migrations, applied in name order on SQLite and PostgreSQL alike. */
export const catalogMigrations: MigrationSet = {
  '0001-create-catalog': createCatalog,
};
