import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { clientAddressHeader } from '@bazaar/contracts/identity';

/**
 * The address a request came from: the gateway's word when the verified caller is the gateway,
 * else the socket's peer, so nobody else can pick the address the throttle counts against.
 */
export function clientAddressOf(request: FastifyRequest): string {
  const named = request.headers[clientAddressHeader];
  if (request.caller === 'gateway' && typeof named === 'string' && isIP(named) !== 0) return named;
  return request.socket.remoteAddress ?? 'unknown';
}
