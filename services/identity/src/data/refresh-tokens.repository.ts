import type { Kysely, Selectable } from 'kysely';
import type { IdentityTables, RefreshTokensTable } from './schema.js';

/** The database or a transaction on it. */
type Db = Kysely<IdentityTables>;

/** A stored refresh token: its hash, never the token. */
export interface RefreshTokenRecord {
  tokenHash: string;
  userId: string;
  familyId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** When the sign-in began (null for tokens stored before this was kept). */
  sessionStartedAt: string | null;
}

function toRecord(row: Selectable<RefreshTokensTable>): RefreshTokenRecord {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    familyId: row.family_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    sessionStartedAt: row.session_started_at,
  };
}

/** Stores a new refresh token (by hash). */
export async function insertRefreshToken(
  db: Db,
  token: Omit<RefreshTokenRecord, 'revokedAt'>,
): Promise<void> {
  await db
    .insertInto('refresh_tokens')
    .values({
      token_hash: token.tokenHash,
      user_id: token.userId,
      family_id: token.familyId,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
      revoked_at: null,
      session_started_at: token.sessionStartedAt,
    })
    .execute();
}

/** The refresh token with this hash, if any. */
export async function findRefreshToken(db: Db, tokenHash: string): Promise<RefreshTokenRecord | undefined> {
  const row = await db
    .selectFrom('refresh_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row && toRecord(row);
}

/** Revokes one token unless it already was; true when this call revoked it (it wins a race). */
export async function revokeRefreshToken(db: Db, tokenHash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: at })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes every token of a user that is not revoked yet: all their sign-ins are over. */
export async function revokeUserRefreshTokens(db: Db, userId: string, at: string): Promise<void> {
  await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Revokes every token of a family that is not revoked yet: that sign-in is over. */
export async function revokeRefreshTokenFamily(db: Db, familyId: string, at: string): Promise<void> {
  await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: at })
    .where('family_id', '=', familyId)
    .where('revoked_at', 'is', null)
    .execute();
}
