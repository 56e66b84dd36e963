import type { RequestDeadline } from '@bazaar/platform';
import type { GatewayConfig } from './config.js';

/**
 * The deadline of each public request: checkout's own, the default for the rest of the API, and
 * none for what is not a bounded call (the web app's files, health, live event streams).
 */
export function routeDeadlines(
  config: Pick<GatewayConfig, 'REQUEST_DEADLINE_MS' | 'CHECKOUT_DEADLINE_MS'>,
): RequestDeadline {
  return (request) => {
    const route = request.routeOptions.url ?? request.url;
    if (!route.startsWith('/api/') || route.endsWith('/events')) return undefined;
    if (request.method === 'POST' && route === '/api/checkout') return config.CHECKOUT_DEADLINE_MS;
    return config.REQUEST_DEADLINE_MS;
  };
}
