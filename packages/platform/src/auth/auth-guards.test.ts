import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { createTestTokenIssuer } from '../testing/test-tokens.js';
import { unauthenticated } from '../http/app-error.js';
import { createAuthGuards } from './auth-guards.js';
import type { CurrentRoleLookup } from './current-role.js';

/** An app with one admin route guarded over the issuer's verifier and the given user store. */
async function adminApp(currentRole?: CurrentRoleLookup) {
  const issuer = await createTestTokenIssuer();
  const verifier = currentRole ? Object.assign(issuer.verifier, { currentRole }) : issuer.verifier;
  const app = Fastify();
  app.setErrorHandler((error: { status?: number }, _request, reply) =>
    reply.status(error.status ?? 500).send({ status: error.status }),
  );
  app.get('/admin', { onRequest: createAuthGuards(verifier).requireAdmin }, async (request) => ({
    role: request.user?.role,
  }));
  return { app, issuer };
}

const get = (app: Awaited<ReturnType<typeof adminApp>>['app'], token: string) =>
  app.inject({ method: 'GET', url: '/admin', headers: { authorization: `Bearer ${token}` } });

describe('requireAdmin', () => {
  it('refuses a token that claims admin for a user the store holds as a customer', async () => {
    const { app, issuer } = await adminApp(async () => 'customer');
    expect((await get(app, await issuer.sign({ sub: 'usr_demoted', role: 'admin' }))).statusCode).toBe(403);
  });

  it('serves a customer-claimed token of a user the store holds as admin, as admin', async () => {
    const { app, issuer } = await adminApp(async () => 'admin');
    const answer = await get(app, await issuer.sign({ sub: 'usr_promoted', role: 'customer' }));
    expect(answer.json()).toEqual({ role: 'admin' });
  });

  it('refuses a token whose session the store says has ended', async () => {
    const { app, issuer } = await adminApp(async () => {
      throw unauthenticated('The session of this access token has ended.');
    });
    expect((await get(app, await issuer.sign({ sub: 'usr_old', role: 'admin' }))).statusCode).toBe(401);
  });

  it('never asks the user store about a token that does not verify', async () => {
    let asked = 0;
    const { app, issuer } = await adminApp(async () => {
      asked += 1;
      return 'admin';
    });
    const forged = await issuer.forgedTokens({ sub: 'usr_x', role: 'admin' });
    for (const token of Object.values(forged)) expect((await get(app, token)).statusCode).toBe(401);
    expect(asked).toBe(0);
  });
});

describe('the token verifier', () => {
  it('refuses every token of the JWT negative suite and accepts a genuine one', async () => {
    const issuer = await createTestTokenIssuer();
    const forged = await issuer.forgedTokens({ sub: 'usr_x' });
    expect(Object.keys(forged)).toEqual(
      expect.arrayContaining([
        'alg none',
        'HS256 with the public key as secret',
        'unknown key id',
        'wrong issuer',
        'wrong audience',
        'wrong type (an ID token)',
        'expired',
        'not yet valid',
        'too old (issued an hour ago)',
        'tampered payload',
        'oversized',
      ]),
    );
    for (const [name, token] of Object.entries(forged)) {
      await expect(issuer.verifier(token), name).rejects.toMatchObject({ status: 401 });
    }
    await expect(issuer.verifier(await issuer.sign({ sub: 'usr_x' }))).resolves.toMatchObject({
      id: 'usr_x',
    });
  });
});
