import { findRefreshToken, revokeRefreshTokenFamily } from '../data/refresh-tokens.repository.js';
import { hashRefreshToken, isWellFormedRefreshToken } from '../security/refresh-tokens.js';
import type { Collaborators } from './collaborators.js';

/** Ends the session the refresh token belongs to; with no (or an unknown) token there is nothing to end. */
export async function logOut(collaborators: Collaborators, refreshToken: string | undefined): Promise<void> {
  if (!isWellFormedRefreshToken(refreshToken)) return;
  const { db } = collaborators.database;
  const stored = await findRefreshToken(db, hashRefreshToken(refreshToken));
  if (stored) await revokeRefreshTokenFamily(db, stored.familyId, collaborators.now().toISOString());
}
