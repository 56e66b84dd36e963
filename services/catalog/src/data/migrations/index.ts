import { busMigrations, type MigrationSet } from '@bazaar/platform';
import { createCatalog } from './0001-create-catalog.js';

/**
 * The catalog's forward-only migrations, applied in name order on SQLite and PostgreSQL alike,
 * with the bus's outbox and inbox tables.
 */
export const catalogMigrations: MigrationSet = {
  ...busMigrations,
  '0001-create-catalog': createCatalog,
};
