import type { FastifyRequest } from 'fastify';
import { unauthenticated } from '../http/app-error.js';

/** The id of the signed-in caller (set by the `requireUser` guard); 401 when there is none. */
export function signedInUserId(request: FastifyRequest): string {
  if (!request.user) throw unauthenticated();
  return request.user.id;
}
