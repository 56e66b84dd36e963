import {
  assertDeclaredConfig,
  createIdentityTokenVerifier,
  installServiceCredential,
  serviceCredentialMinter,
  loadConfigOrExit,
  serveUntilStopped,
} from '@bazaar/platform';
import { bazaar } from '@bazaar/system';
import { configSchema } from './config.js';
import { createUpstreams } from './upstreams.js';
import { buildApp } from './app.js';

assertDeclaredConfig(bazaar.process('gateway'), configSchema);
const config = loadConfigOrExit(configSchema);
installServiceCredential(serviceCredentialMinter('gateway', config));
const verifyToken = createIdentityTokenVerifier(config.IDENTITY_URL);
const app = await buildApp({ config, upstreams: createUpstreams(config), verifyToken });
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
