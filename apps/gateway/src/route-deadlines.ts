import type { RequestDeadline } from '@bazaar/platform';
import type { GatewayConfig } from './config.js';

/**
 * The part of every deadline the gateway keeps for itself, to compose and send its answer after
 * the last upstream call gave up: the shopper's answer leaves within the deadline, not just after it.
 */
export const answerReserveMs = 50;

/**
 * The deadline its upstream calls must meet, for each public request: checkout's own, the
 * default for the rest of the API (each less the answer reserve), and none for what is not a
 * bounded call (the web app's files, health, live event streams).
 */
export function routeDeadlines(
  config: Pick<GatewayConfig, 'REQUEST_DEADLINE_MS' | 'CHECKOUT_DEADLINE_MS'>,
): RequestDeadline {
  return (request) => {
    const route = request.routeOptions.url ?? request.url;
    if (!route.startsWith('/api/') || route.endsWith('/events')) return undefined;
    const deadlineMs =
      request.method === 'POST' && route === '/api/checkout'
        ? config.CHECKOUT_DEADLINE_MS
        : config.REQUEST_DEADLINE_MS;
    return deadlineMs - answerReserveMs;
  };
}
