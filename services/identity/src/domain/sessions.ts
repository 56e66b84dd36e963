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

/** When a refresh token issued now stops working. */
export function refreshTokenExpiry(now: Date, ttlDays: number): Date {
  return new Date(now.getTime() + ttlDays * 86_400_000);
}
