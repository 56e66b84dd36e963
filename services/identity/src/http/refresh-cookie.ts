import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CookieSerializeOptions } from '@fastify/cookie';
import { refreshTokenCookie, type AuthSession } from '@bazaar/contracts/identity';
import type { Session } from '../use-cases/start-session.js';

/** How the refresh cookie is scoped. */
export interface RefreshCookieSettings {
  path: string;
  secure: boolean;
  maxAgeSeconds: number;
}

function cookieOptions(settings: RefreshCookieSettings): CookieSerializeOptions {
  // httpOnly: no script can read it; Strict: no other site can make the browser send it
  return { httpOnly: true, sameSite: 'strict', path: settings.path, secure: settings.secure };
}

/** The refresh token the browser sent, if any. */
export function readRefreshCookie(request: FastifyRequest): string | undefined {
  return request.cookies[refreshTokenCookie];
}

/** Answers a new session: the refresh token goes in the cookie, the rest in the body (never cached). */
export function sendSession(
  reply: FastifyReply,
  session: Session,
  settings: RefreshCookieSettings,
): AuthSession {
  void reply
    .setCookie(refreshTokenCookie, session.refreshToken, {
      ...cookieOptions(settings),
      maxAge: settings.maxAgeSeconds,
    })
    .header('cache-control', 'no-store');
  return { user: session.user, accessToken: session.accessToken, expiresIn: session.expiresIn };
}

/** Tells the browser to forget the refresh cookie. */
export function clearRefreshCookie(reply: FastifyReply, settings: RefreshCookieSettings): void {
  void reply.clearCookie(refreshTokenCookie, cookieOptions(settings));
}
