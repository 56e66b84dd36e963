import type { MigrationSet } from '@bazaar/platform';
import { createPayments } from './0001-create-payments.js';

/** Payments' forward-only migrations, applied in name order on SQLite and PostgreSQL alike. */
export const paymentsMigrations: MigrationSet = {
  '0001-create-payments': createPayments,
};
