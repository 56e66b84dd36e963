import { accessTokenAudience, accessTokenIssuer, jwksPath } from '@bazaar/contracts/identity';
import { createServiceClient } from '../client/service-client.js';
import { baseUrlList } from '../config/base-url-list.js';
import { identityRoleLookup } from './current-role.js';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.js';

/**
 * The verifier every process uses: access tokens checked against identity's JWKS (the first of
 * `identityUrls`), and admin roles looked up at identity's user store over all of them.
 */
export function createIdentityTokenVerifier(identityUrls: string): TokenVerifier {
  const baseUrls = baseUrlList(identityUrls);
  const verify = createTokenVerifier({
    jwksUrl: `${baseUrls[0] ?? ''}${jwksPath}`,
    issuer: accessTokenIssuer,
    audience: accessTokenAudience,
  });
  const identity = createServiceClient({ name: 'identity', baseUrls, timeoutMs: 2_000 });
  return Object.assign(verify, { currentRole: identityRoleLookup(identity) });
}
