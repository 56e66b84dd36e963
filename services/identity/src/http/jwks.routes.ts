import type { HttpApp } from '@bazaar/platform';
import { Jwks, jwksPath } from '@bazaar/contracts/identity';
import type { AccessTokens } from '../security/access-tokens.js';

/** The public keys every service verifies access tokens with (public parts only, by schema too). */
export function registerJwksRoutes(app: HttpApp, accessTokens: AccessTokens) {
  app.get(
    jwksPath,
    { schema: { summary: 'Public keys that verify access tokens', tags: ['auth'], response: { 200: Jwks } } },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=60');
      return accessTokens.jwks();
    },
  );
}
