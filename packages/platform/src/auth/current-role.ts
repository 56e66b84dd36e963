import { identityRoutes } from '@bazaar/contracts/identity';
import type { ServiceClient } from '../client/service-client.js';
import { serviceUnavailable, unauthenticated } from '../http/app-error.js';

/** A user's role as the user store holds it now, looked up with their token; 401 when the session ended. */
export type CurrentRoleLookup = (token: string) => Promise<'customer' | 'admin'>;

/**
 * Looks the role up at identity's `GET /me`, which reads the user store and refuses a token
 * issued before the account's password or role last changed: a demoted admin or a stolen token
 * of an old session is refused at once, not when the token expires.
 */
export function identityRoleLookup(identity: ServiceClient): CurrentRoleLookup {
  return async (token) => {
    const answer = await identity.call(identityRoutes.me, { headers: { authorization: `Bearer ${token}` } });
    if (answer.status === 200) return answer.body.user.role;
    if (answer.status === 401) throw unauthenticated('The session of this access token has ended.');
    throw serviceUnavailable('identity could not confirm the role.');
  };
}
