import {
  assertDeclaredConfig,
  createIdentityTokenVerifier,
  installServiceCredential,
  serviceCredentialMinter,
  loadConfigOrExit,
  serveUntilStopped,
  startTelemetry,
} from '@bazaar/platform';
import { bazaar } from '@bazaar/system';
import { configSchema } from './config.js';
import { createUpstreams } from './upstreams.js';
import { buildApp } from './app.js';

assertDeclaredConfig(bazaar.process('gateway'), configSchema);
const config = loadConfigOrExit(configSchema);
const telemetry = startTelemetry(
  { service: 'gateway', instance: config.SERVICE_INSTANCE ?? 'gateway' },
  config,
);
installServiceCredential(serviceCredentialMinter('gateway', config));
const verifyToken = createIdentityTokenVerifier(config.IDENTITY_URL);
const app = await buildApp({ config, upstreams: createUpstreams(config), verifyToken });
app.addHook('onClose', () => telemetry.shutdown());
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
