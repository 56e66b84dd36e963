import type { MigrationSet } from '@bazaar/platform';
import { createInventory } from './0001-create-inventory.js';
import { addStockVersion } from './0002-add-stock-version.js';

/** Inventory's forward-only migrations, applied in name order on SQLite and PostgreSQL alike. */
export const inventoryMigrations: MigrationSet = {
  '0001-create-inventory': createInventory,
  '0002-add-stock-version': addStockVersion,
};
