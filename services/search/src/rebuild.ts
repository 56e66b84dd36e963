// `npm run rebuild -w @bazaar/search`: rebuilds the index from the catalog and inventory, once.
// A running search service keeps answering (and applying events to both indexes) meanwhile.
import { busMigrations, loadConfigOrExit, openDatabase } from '@bazaar/platform';
import { createSourcesFrom } from './app.js';
import { searchConfigSchema } from './config.js';
import type { SearchSchema } from './data/search-schema.js';
import { searchMigrations } from './data/migrations/index.js';
import { rebuildIndex } from './use-cases/rebuild-index.js';

const config = loadConfigOrExit(searchConfigSchema);
const database = await openDatabase<SearchSchema>(
  {
    service: 'search',
    dataDir: config.DATA_DIR,
    databaseUrl: config.DATABASE_URL,
    serviceDatabaseUrl: config.SEARCH_DATABASE_URL,
  },
  // the bus's tables live in this database too: its migrations must be known, or they look missing
  { ...busMigrations, ...searchMigrations },
);
const sources = createSourcesFrom(config);
try {
  const result = await rebuildIndex(database, sources);
  process.stdout.write(`search index rebuilt: ${result.products} products in ${result.tookMs} ms\n`);
} catch (error) {
  process.stderr.write(
    `search index rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  await sources.close();
  await database.close();
}
