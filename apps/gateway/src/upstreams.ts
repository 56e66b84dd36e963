import { createServiceClient, type ServiceClient } from '@bazaar/platform';
import { baseUrls, type GatewayConfig } from './config.js';

/** The services the gateway calls, each behind its own client (timeout, retries, breaker, bound). */
export interface Upstreams {
  identity: ServiceClient;
  catalog: ServiceClient;
}

/** The base URLs of every service, by name, for /health/system. */
export function upstreamUrls(config: GatewayConfig): Record<keyof Upstreams, string[]> {
  return { identity: baseUrls(config.IDENTITY_URL), catalog: baseUrls(config.CATALOG_URL) };
}

/** Creates one client per service from the configured URLs. */
export function createUpstreams(config: GatewayConfig): Upstreams {
  const urls = upstreamUrls(config);
  const client = (name: keyof Upstreams) =>
    createServiceClient({ name, baseUrls: urls[name], timeoutMs: config.UPSTREAM_TIMEOUT_MS });
  return { identity: client('identity'), catalog: client('catalog') };
}
