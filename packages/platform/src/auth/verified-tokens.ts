import { createHash } from 'node:crypto';
import { RecentlyUsed } from '../util/recently-used.js';

/** What a verification proved, and until when (ms since the epoch) the token stays valid. */
export interface Verified<T> {
  value: T;
  validUntilMs: number;
}

/**
 * Remembers tokens whose signature verified, so a token a caller sends again (service credentials
 * are reused for a minute, access tokens for their life) costs a hash, not an Ed25519 verification.
 * Entries are keyed by the token's SHA-256 (the map holds no token), kept until the token expires
 * but at most `maxHoldMs` (so a key dropped from a JWKS stops counting within that), and the least
 * recently used go past `capacity`. A token that fails is never remembered: it is checked each time.
 */
export class VerifiedTokens<T> {
  private readonly entries: RecentlyUsed<string, Verified<T>>;

  constructor(
    capacity = 10_000,
    private readonly maxHoldMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    this.entries = new RecentlyUsed(capacity);
  }

  /** The token's proven value: remembered, or from `verify` (which throws for an invalid token). */
  async verify(token: string, verify: () => Promise<Verified<T>>): Promise<T> {
    const key = createHash('sha256').update(token).digest('base64url');
    const hit = this.entries.get(key);
    if (hit && hit.validUntilMs > this.now()) return hit.value;
    if (hit) this.entries.delete(key);
    const proven = await verify();
    const validUntilMs = Math.min(proven.validUntilMs, this.now() + this.maxHoldMs);
    this.entries.set(key, { value: proven.value, validUntilMs });
    return proven.value;
  }
}

/** When a JWT stops being valid: its `exp`, or sooner when `iat` plus the accepted age comes first. */
export function validUntilMs(payload: { exp?: number; iat?: number }, maxAgeSeconds: number): number {
  const exp = Number(payload.exp ?? 0);
  const oldest = Number(payload.iat ?? 0) + maxAgeSeconds;
  return Math.min(exp, oldest) * 1000;
}
