import { unauthenticated, type AuthenticatedUser } from '@bazaar/platform';
import { findUserById } from '../data/users.repository.js';
import { profileOf, type UserProfile } from '../domain/users.js';
import type { Collaborators } from './collaborators.js';

/** The account behind a verified access token; an account that no longer exists is a 401. */
export async function findSignedInUser(
  collaborators: Collaborators,
  caller: AuthenticatedUser | null,
): Promise<UserProfile> {
  const account = caller ? await findUserById(collaborators.database.db, caller.id) : undefined;
  if (!account) throw unauthenticated('The account of this access token no longer exists.');
  return profileOf(account);
}
