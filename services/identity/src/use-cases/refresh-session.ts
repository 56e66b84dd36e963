import { unauthenticated } from '@bazaar/platform';
import {
  type RefreshTokenRecord,
  findRefreshToken,
  revokeRefreshToken,
  revokeRefreshTokenFamily,
} from '../data/refresh-tokens.repository.js';
import { findUserById } from '../data/users.repository.js';
import { judgeRefreshToken } from '../domain/sessions.js';
import { hashRefreshToken, isWellFormedRefreshToken } from '../security/refresh-tokens.js';
import type { Collaborators } from './collaborators.js';
import { startSession, type Session } from './start-session.js';

const refused = () => unauthenticated('The session has ended; sign in again.');

/**
 * Exchanges a refresh token for a new session: the token is revoked and a new one of the same
 * family issued. A token that was already used is taken as stolen: its whole family is revoked.
 */
export async function refreshSession(
  collaborators: Collaborators,
  refreshToken: string | undefined,
): Promise<Session> {
  if (!isWellFormedRefreshToken(refreshToken)) throw refused();
  const { database } = collaborators;
  const tokenHash = hashRefreshToken(refreshToken);
  const stored = await findRefreshToken(database.db, tokenHash);
  const verdict = judgeRefreshToken(stored, collaborators.now());
  if (!stored || verdict === 'unknown' || verdict === 'expired') throw refused();
  const session = verdict === 'valid' ? await rotate(collaborators, tokenHash, stored) : undefined;
  if (!session) {
    await revokeRefreshTokenFamily(database.db, stored.familyId, collaborators.now().toISOString());
    throw refused();
  }
  return session;
}

/** Revokes the token and continues its family; undefined when another request used it first. */
async function rotate(
  collaborators: Collaborators,
  tokenHash: string,
  stored: RefreshTokenRecord,
): Promise<Session | undefined> {
  return collaborators.database.transaction(async (trx) => {
    const wonRace = await revokeRefreshToken(trx, tokenHash, collaborators.now().toISOString());
    const account = wonRace ? await findUserById(trx, stored.userId) : undefined;
    if (!account) return undefined;
    return startSession(collaborators, trx, account, {
      familyId: stored.familyId,
      startedAt: stored.sessionStartedAt ?? stored.createdAt,
    });
  });
}
