import {
  assertDeclaredConfig,
  createTokenVerifier,
  loadConfigOrExit,
  serveUntilStopped,
  startTelemetry,
} from '@bazaar/platform';
import { bazaar } from '@bazaar/system';
import { accessTokenIssuer, accessTokenAudience, jwksPath } from '@bazaar/contracts/identity';
import { baseUrls, configSchema } from './config.js';
import { createUpstreams } from './upstreams.js';
import { buildApp } from './app.js';

assertDeclaredConfig(bazaar.process('gateway'), configSchema);
const config = loadConfigOrExit(configSchema);
const telemetry = startTelemetry(
  { service: 'gateway', instance: config.SERVICE_INSTANCE ?? 'gateway' },
  config,
);
const verifyToken = createTokenVerifier({
  jwksUrl: `${baseUrls(config.IDENTITY_URL)[0]}${jwksPath}`,
  issuer: accessTokenIssuer,
  audience: accessTokenAudience,
});
const app = await buildApp({ config, upstreams: createUpstreams(config), verifyToken });
app.addHook('onClose', () => telemetry.shutdown());
await serveUntilStopped(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
