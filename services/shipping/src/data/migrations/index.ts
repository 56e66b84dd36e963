import type { MigrationSet } from '@bazaar/platform';
import { createShipments } from './0001-create-shipments.js';

/** Shipping's forward-only migrations, applied in name order on SQLite and PostgreSQL alike. */
export const shippingMigrations: MigrationSet = {
  '0001-create-shipments': createShipments,
};
