import type { MigrationSet } from '@bazaar/platform';
import { createNotifications } from './0001-create-notifications.js';

/** The forward-only migrations of notifications, applied in name order on SQLite and PostgreSQL alike. */
export const notificationsMigrations: MigrationSet = {
  '0001-create-notifications': createNotifications,
};
