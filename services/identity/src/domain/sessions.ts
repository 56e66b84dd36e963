/** What a presented refresh token is worth. */
export type RefreshTokenVerdict = 'valid' | 'unknown' | 'expired' | 'reused';

/** The parts of a stored refresh token that decide whether it may be used. */
export interface RefreshTokenStanding {
  expiresAt: string;
  revokedAt: string | null;
}

/**
 * Judges a presented refresh token. A revoked one is `reused`: it was already exchanged (or
 * signed out), so whoever holds it may have stolen it and its whole family must end.
 */
export function judgeRefreshToken(token: RefreshTokenStanding | undefined, now: Date): RefreshTokenVerdict {
  if (!token) return 'unknown';
  if (token.revokedAt !== null) return 'reused';
  if (Date.parse(token.expiresAt) <= now.getTime()) return 'expired';
  return 'valid';
}

/** How long a session lasts: unused (each refresh starts a new refresh token) and at most in all. */
export interface SessionLimits {
  refreshTokenTtlDays: number;
  /** The absolute lifetime of a sign-in, however often it is refreshed. */
  maxSessionDays: number;
}

/** When a refresh token issued now, in a sign-in begun at `startedAt`, stops working. */
export function refreshTokenExpiry(now: Date, startedAt: Date, limits: SessionLimits): Date {
  const idleEnd = now.getTime() + limits.refreshTokenTtlDays * 86_400_000;
  const absoluteEnd = startedAt.getTime() + limits.maxSessionDays * 86_400_000;
  return new Date(Math.min(idleEnd, absoluteEnd));
}
