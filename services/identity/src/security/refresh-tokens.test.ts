import { describe, expect, it } from 'vitest';
import { hashRefreshToken, isWellFormedRefreshToken, newRefreshToken } from './refresh-tokens.js';

describe('refresh tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const first = newRefreshToken();
    expect(Buffer.from(first, 'base64url')).toHaveLength(32);
    expect(isWellFormedRefreshToken(first)).toBe(true);
    expect(newRefreshToken()).not.toBe(first);
  });

  it('are stored as a SHA-256 that does not contain the token', () => {
    const token = newRefreshToken();
    expect(hashRefreshToken(token)).toBe(hashRefreshToken(token));
    expect(hashRefreshToken(token)).not.toContain(token);
    expect(Buffer.from(hashRefreshToken(token), 'base64url')).toHaveLength(32);
  });

  it('refuse anything that is not shaped like one', () => {
    expect(isWellFormedRefreshToken(undefined)).toBe(false);
    expect(isWellFormedRefreshToken('short')).toBe(false);
    expect(isWellFormedRefreshToken(`${'a'.repeat(42)}=`)).toBe(false);
  });
});
