// identity: users, password hashes, sessions and the keys that sign access tokens.
import { openServiceResources, serveUntilStopped } from '@bazaar/platform';
import { loadIdentityConfig } from './config.js';
import { migrations } from './data/migrations/index.js';
import type { IdentityTables } from './data/schema.js';
import { buildApp } from './app.js';

const config = loadIdentityConfig();
const resources = await openServiceResources<IdentityTables>({
  service: 'identity',
  config,
  migrations,
  serviceDatabaseUrl: config.IDENTITY_DATABASE_URL,
});
const { database, bus, httpOptions } = resources;
const app = await buildApp({ config, database, bus, httpOptions });
await bus.start();
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
