import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A new refresh token: 32 random bytes, base64url (43 characters). */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new token family id: one per sign-in, shared by every token rotated from it. */
export function newTokenFamilyId(): string {
  return `fam_${randomUUID().replaceAll('-', '')}`;
}

/** What is stored instead of the token: its SHA-256, base64url. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Whether a presented value could be a refresh token this service issued. */
export function isWellFormedRefreshToken(value: string | undefined): value is string {
  return value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value);
}
