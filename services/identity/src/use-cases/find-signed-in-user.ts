import { unauthenticated, type AuthenticatedUser } from '@bazaar/platform';
import { findUserById } from '../data/users.repository.js';
import { profileOf, type UserProfile } from '../domain/users.js';
import type { Collaborators } from './collaborators.js';

/**
 * The account behind a verified access token, as the user store holds it now; an account that no
 * longer exists, or whose password or role changed since the token was issued, is a 401.
 */
export async function findSignedInUser(
  collaborators: Collaborators,
  caller: AuthenticatedUser | null,
): Promise<UserProfile> {
  const account = caller ? await findUserById(collaborators.database.db, caller.id) : undefined;
  if (!account) throw unauthenticated('The account of this access token no longer exists.');
  if (caller && caller.sessionVersion !== account.sessionVersion) {
    throw unauthenticated('This session ended when the password or role changed; sign in again.');
  }
  return profileOf(account);
}
