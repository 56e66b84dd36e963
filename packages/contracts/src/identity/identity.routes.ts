import Type from 'typebox';
import { defineRoute, problemResponses } from '../routes/index.js';
import { Jwks, jwksPath } from './access-tokens.js';
import { AuthSession, LogInBody, SignUpBody } from './auth.js';
import { MeResponse } from './users.js';

const tags = ['auth'];

/** The identity service's operations: accounts and sessions, and the keys that verify tokens. */
export const identityRoutes = {
  signUp: defineRoute({
    method: 'POST',
    path: '/auth/signup',
    summary: 'Create a customer account and sign in',
    tags,
    body: SignUpBody,
    responses: { 201: AuthSession, ...problemResponses(400, 409, 413, 415) },
  }),
  logIn: defineRoute({
    method: 'POST',
    path: '/auth/login',
    summary: 'Sign in',
    tags,
    body: LogInBody,
    responses: { 200: AuthSession, ...problemResponses(400, 401, 413, 415, 429) },
  }),
  refresh: defineRoute({
    method: 'POST',
    path: '/auth/refresh',
    summary: 'Exchange the refresh cookie for a new session',
    tags,
    responses: { 200: AuthSession, ...problemResponses(401) },
  }),
  logOut: defineRoute({
    method: 'POST',
    path: '/auth/logout',
    summary: 'Sign out: end the session and clear the cookie',
    tags,
    idempotent: true,
    responses: { 204: Type.Null() },
  }),
  me: defineRoute({
    method: 'GET',
    path: '/me',
    summary: 'The signed-in user',
    tags,
    responses: { 200: MeResponse, ...problemResponses(401) },
  }),
  jwks: defineRoute({
    method: 'GET',
    path: jwksPath,
    summary: 'Public keys that verify access tokens',
    tags,
    responses: { 200: Jwks },
  }),
};
