import type { FastifyRequest } from 'fastify';

/**
 * The client's address as the gateway sees it behind `trustedProxies` proxies: the socket's peer
 * with none, else the X-Forwarded-For entry that many hops back (what the nearest trusted proxy
 * saw); entries further left are the client's to write, so they are never believed.
 */
export function clientAddressOf(request: FastifyRequest, trustedProxies: number): string {
  const socket = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxies === 0) return socket;
  const forwarded = request.headers['x-forwarded-for'];
  const chain = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const hops = [socket, ...chain.reverse()];
  return hops[Math.min(trustedProxies, hops.length - 1)] ?? socket;
}
