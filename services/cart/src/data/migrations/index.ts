import type { MigrationSet } from '@bazaar/platform';
import { createCartLines } from './0001-create-cart-lines.js';

/** The cart's forward-only migrations, applied in name order on SQLite and PostgreSQL alike. */
export const cartMigrations: MigrationSet = {
  '0001-create-cart-lines': createCartLines,
};
