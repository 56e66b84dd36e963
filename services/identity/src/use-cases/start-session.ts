import type { Kysely } from 'kysely';
import type { IdentityTables } from '../data/schema.js';
import { insertRefreshToken } from '../data/refresh-tokens.repository.js';
import { refreshTokenExpiry } from '../domain/sessions.js';
import type { UserProfile } from '../domain/users.js';
import { hashRefreshToken, newRefreshToken, newTokenFamilyId } from '../security/refresh-tokens.js';
import type { Collaborators } from './collaborators.js';

/** A signed-in session: what the caller gets back, plus the refresh token for its cookie. */
export interface Session {
  user: UserProfile;
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/**
 * Starts (or, given the family of the token being exchanged, continues) a session: stores a new
 * refresh token by its hash and issues an access token.
 */
export async function startSession(
  collaborators: Collaborators,
  db: Kysely<IdentityTables>,
  user: UserProfile,
  familyId: string = newTokenFamilyId(),
): Promise<Session> {
  const now = collaborators.now();
  const refreshToken = newRefreshToken();
  const refreshTokenExpiresAt = refreshTokenExpiry(now, collaborators.refreshTokenTtlDays);
  await insertRefreshToken(db, {
    tokenHash: hashRefreshToken(refreshToken),
    userId: user.id,
    familyId,
    createdAt: now.toISOString(),
    expiresAt: refreshTokenExpiresAt.toISOString(),
  });
  const { accessToken, expiresIn } = await collaborators.accessTokens.issue(user);
  return { user, accessToken, expiresIn, refreshToken, refreshTokenExpiresAt };
}
