import { createServiceClient, type ServiceClient } from '@bazaar/platform';
import { urlKeyOf } from '@bazaar/system';
import { baseUrls, type GatewayConfig } from './config.js';
import { serviceNames, type ServiceName } from './upstream-config.js';

export { serviceNames, type ServiceName } from './upstream-config.js';

/** One client per service (timeout, retries, breaker per replica, concurrency bound). */
export type Upstreams = Record<ServiceName, ServiceClient>;

/** The base URLs of every service, by name, from the `<NAME>_URL` keys. */
export function upstreamUrls(config: GatewayConfig): Record<ServiceName, string[]> {
  const urlsOf = (name: ServiceName) => {
    const value: unknown = config[urlKeyOf(name) as keyof GatewayConfig];
    if (typeof value !== 'string') throw new Error(`the gateway has no ${urlKeyOf(name)} key`);
    return baseUrls(value);
  };
  return Object.fromEntries(serviceNames.map((name) => [name, urlsOf(name)])) as Record<
    ServiceName,
    string[]
  >;
}

/** Creates one client per service from the configured URLs. */
export function createUpstreams(config: GatewayConfig): Upstreams {
  const urls = upstreamUrls(config);
  return Object.fromEntries(
    serviceNames.map((name) => [
      name,
      createServiceClient({ name, baseUrls: urls[name], timeoutMs: config.UPSTREAM_TIMEOUT_MS }),
    ]),
  ) as Upstreams;
}
