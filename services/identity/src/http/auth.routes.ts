import Type from 'typebox';
import type { HttpApp } from '@bazaar/platform';
import { Problem } from '@bazaar/contracts';
import { AuthSession, LogInBody, SignUpBody } from '@bazaar/contracts/identity';
import type { Collaborators } from '../use-cases/collaborators.js';
import { signUp } from '../use-cases/sign-up.js';
import { logIn } from '../use-cases/log-in.js';
import { refreshSession } from '../use-cases/refresh-session.js';
import { logOut } from '../use-cases/log-out.js';
import {
  clearRefreshCookie,
  readRefreshCookie,
  sendSession,
  type RefreshCookieSettings,
} from './refresh-cookie.js';

const tags = ['auth'];

/** Signup, login, refresh and logout (the gateway serves them as /api/auth/*). */
export function registerAuthRoutes(
  app: HttpApp,
  collaborators: Collaborators,
  cookie: RefreshCookieSettings,
) {
  app.post(
    '/auth/signup',
    {
      schema: {
        summary: 'Create a customer account and sign in',
        tags,
        body: SignUpBody,
        response: { 201: AuthSession, 400: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const session = await signUp(collaborators, request.body);
      return reply.status(201).send(sendSession(reply, session, cookie));
    },
  );

  app.post(
    '/auth/login',
    {
      schema: {
        summary: 'Sign in',
        tags,
        body: LogInBody,
        response: { 200: AuthSession, 400: Problem, 401: Problem },
      },
    },
    async (request, reply) => sendSession(reply, await logIn(collaborators, request.body), cookie),
  );

  app.post(
    '/auth/refresh',
    {
      schema: {
        summary: 'Exchange the refresh cookie for a new session',
        tags,
        response: { 200: AuthSession, 401: Problem },
      },
    },
    async (request, reply) =>
      sendSession(reply, await refreshSession(collaborators, readRefreshCookie(request)), cookie),
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        summary: 'Sign out: end the session and clear the cookie',
        tags,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await logOut(collaborators, readRefreshCookie(request));
      clearRefreshCookie(reply, cookie);
      return reply.status(204).send(null);
    },
  );
}
