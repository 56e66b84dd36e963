import { registerRoute, type HttpApp } from '@bazaar/platform';
import { identityRoutes } from '@bazaar/contracts/identity';
import type { AccessTokens } from '../security/access-tokens.js';

/** The public keys every service verifies access tokens with (public parts only, by schema too). */
export function registerJwksRoutes(app: HttpApp, accessTokens: AccessTokens) {
  registerRoute(app, identityRoutes.jwks, async (_request, reply) => {
    void reply.header('cache-control', 'public, max-age=60');
    return accessTokens.jwks();
  });
}
