import { describe, expect, it } from 'vitest';
import { judgeRefreshToken, refreshTokenExpiry } from './sessions.js';

const now = new Date('2025-03-01T12:00:00.000Z');

describe('judging a refresh token', () => {
  it('accepts a token that is neither revoked nor expired', () => {
    expect(judgeRefreshToken({ expiresAt: '2025-03-02T00:00:00.000Z', revokedAt: null }, now)).toBe('valid');
  });

  it('calls a token nobody issued unknown', () => {
    expect(judgeRefreshToken(undefined, now)).toBe('unknown');
  });

  it('refuses a token at and after its expiry', () => {
    expect(judgeRefreshToken({ expiresAt: now.toISOString(), revokedAt: null }, now)).toBe('expired');
  });

  it('treats a revoked token as reused, even when it has expired too', () => {
    const revoked = { expiresAt: '2025-01-01T00:00:00.000Z', revokedAt: '2024-12-31T00:00:00.000Z' };
    expect(judgeRefreshToken(revoked, now)).toBe('reused');
  });

  const limits = { refreshTokenTtlDays: 30, maxSessionDays: 90 };

  it('gives a new token the configured number of days', () => {
    expect(refreshTokenExpiry(now, now, limits).toISOString()).toBe('2025-03-31T12:00:00.000Z');
  });

  it('never lets a refreshed sign-in outlive its absolute lifetime', () => {
    const startedAt = new Date(now.getTime() - 80 * 86_400_000);
    expect(refreshTokenExpiry(now, startedAt, limits).toISOString()).toBe('2025-03-11T12:00:00.000Z');
  });
});
