import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { forbidden, unauthenticated } from '../http/app-error.js';
import type { AuthenticatedUser, TokenVerifier } from './token-verifier.js';
import { markSpanUser } from '../tracing/trace-attributes.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified caller; set by the `requireUser`/`requireAdmin` guards. */
    user: AuthenticatedUser | null;
  }
}

/**
 * Route guards that verify the bearer token themselves: no service trusts a user id in a header.
 * Use them as `onRequest` hooks, so a stranger learns nothing from body validation.
 */
export interface AuthGuards {
  requireUser: onRequestAsyncHookHandler;
  requireAdmin: onRequestAsyncHookHandler;
}

/** Reads the bearer token of a request, or throws 401. */
export function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
  if (!match?.[1]) throw unauthenticated('Send "Authorization: Bearer <accessToken>".');
  return match[1];
}

/**
 * Builds the guards over one token verifier. `requireAdmin` takes the role from the user store
 * when the verifier can look it up (`currentRole`), never from the token alone.
 */
export function createAuthGuards(verify: TokenVerifier): AuthGuards {
  const requireUser: onRequestAsyncHookHandler = async (request) => {
    request.user = await verify(bearerToken(request));
    markSpanUser(request.user.id);
  };
  const requireAdmin: onRequestAsyncHookHandler = async function (this: unknown, request, reply) {
    await requireUser.call(this as never, request, reply);
    const user = request.user!;
    const role = verify.currentRole ? await verify.currentRole(bearerToken(request)) : user.role;
    request.user = { ...user, role };
    if (role !== 'admin') throw forbidden('This needs the admin role.');
  };
  return { requireUser, requireAdmin };
}
