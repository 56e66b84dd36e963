import type { MigrationSet } from '@bazaar/platform';
import { createOrders } from './0001-create-orders.js';
import { createOrderStatusChanges } from './0002-create-order-status-changes.js';

/** The orders service's forward-only migrations, applied in name order on SQLite and PostgreSQL alike. */
export const ordersMigrations: MigrationSet = {
  '0001-create-orders': createOrders,
  '0002-create-order-status-changes': createOrderStatusChanges,
};
