import type { Kysely } from 'kysely';
import type { IdentityTables } from '../data/schema.js';
import { insertRefreshToken } from '../data/refresh-tokens.repository.js';
import { refreshTokenExpiry } from '../domain/sessions.js';
import { profileOf, type UserAccount, type UserProfile } from '../domain/users.js';
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

/** The sign-in a refresh continues: its token family and when it began. */
export interface ContinuedSession {
  familyId: string;
  startedAt: string;
}

/**
 * Starts (or, given the sign-in being refreshed, continues) a session: stores a new refresh token
 * by its hash, never living past the sign-in's absolute lifetime, and issues an access token.
 */
export async function startSession(
  collaborators: Collaborators,
  db: Kysely<IdentityTables>,
  account: UserAccount,
  continued?: ContinuedSession,
): Promise<Session> {
  const now = collaborators.now();
  const startedAt = continued?.startedAt ?? now.toISOString();
  const refreshToken = newRefreshToken();
  const refreshTokenExpiresAt = refreshTokenExpiry(now, new Date(startedAt), collaborators.sessionLimits);
  await insertRefreshToken(db, {
    tokenHash: hashRefreshToken(refreshToken),
    userId: account.id,
    familyId: continued?.familyId ?? newTokenFamilyId(),
    createdAt: now.toISOString(),
    expiresAt: refreshTokenExpiresAt.toISOString(),
    sessionStartedAt: startedAt,
  });
  const user = profileOf(account);
  const { accessToken, expiresIn } = await collaborators.accessTokens.issue(user, account.sessionVersion);
  return { user, accessToken, expiresIn, refreshToken, refreshTokenExpiresAt };
}
