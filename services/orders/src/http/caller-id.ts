import type { FastifyRequest } from 'fastify';
import { unauthenticated } from '@bazaar/platform';

/** The id of the signed-in caller, set by the `requireUser` guard. */
export function callerId(request: FastifyRequest): string {
  if (!request.user) throw unauthenticated();
  return request.user.id;
}
