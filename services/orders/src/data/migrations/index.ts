import type { MigrationSet } from '@bazaar/platform';
import { createOrders } from './0001-create-orders.js';

/** The orders service's forward-only migrations, applied in name order on SQLite and PostgreSQL alike. */
export const ordersMigrations: MigrationSet = {
  '0001-create-orders': createOrders,
};
