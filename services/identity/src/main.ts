// identity: users, password hashes, sessions and the keys that sign access tokens.
import { openDatabase, serveUntilStopped } from '@bazaar/platform';
import { loadIdentityConfig } from './config.js';
import { migrations } from './data/migrations/index.js';
import type { IdentityTables } from './data/schema.js';
import { buildApp } from './app.js';

const config = loadIdentityConfig();
const database = await openDatabase<IdentityTables>(
  {
    service: 'identity',
    dataDir: config.DATA_DIR,
    databaseUrl: config.DATABASE_URL,
    serviceDatabaseUrl: config.IDENTITY_DATABASE_URL,
  },
  migrations,
);
const app = await buildApp({ config, database });
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
