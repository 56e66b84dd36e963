import type { MigrationSet } from '@bazaar/platform';
import { createSearchIndex } from './0001-create-search-index.js';
import { addStockVersion } from './0002-add-stock-version.js';
import { indexPagesInSortOrder } from './0003-index-pages-in-sort-order.js';

/** Search's forward-only migrations, applied in name order on SQLite and PostgreSQL alike. */
export const searchMigrations: MigrationSet = {
  '0001-create-search-index': createSearchIndex,
  '0002-add-stock-version': addStockVersion,
  '0003-index-pages-in-sort-order': indexPagesInSortOrder,
};
