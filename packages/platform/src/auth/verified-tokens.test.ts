import { describe, expect, it } from 'vitest';
import { validUntilMs, VerifiedTokens } from './verified-tokens.js';

describe('verified tokens', () => {
  const clock = { ms: 1_000_000 };
  const now = () => clock.ms;

  it('verifies a token once while it is valid, and again once it has expired', async () => {
    const tokens = new VerifiedTokens<string>(10, 60_000, now);
    let verifications = 0;
    const verify = async () => ({ value: `caller-${++verifications}`, validUntilMs: clock.ms + 5_000 });
    expect(await tokens.verify('token-a', verify)).toBe('caller-1');
    expect(await tokens.verify('token-a', verify)).toBe('caller-1');
    clock.ms += 5_000;
    expect(await tokens.verify('token-a', verify)).toBe('caller-2');
  });

  it('holds a long-lived token no longer than its hold time, and never a failed one', async () => {
    const tokens = new VerifiedTokens<string>(10, 1_000, now);
    let verifications = 0;
    const verify = async () => ({ value: String(++verifications), validUntilMs: clock.ms + 900_000 });
    await tokens.verify('token-b', verify);
    clock.ms += 1_000;
    expect(await tokens.verify('token-b', verify)).toBe('2');
    const failing = async (): Promise<never> => {
      verifications++;
      throw new Error('bad signature');
    };
    await expect(tokens.verify('forged', failing)).rejects.toThrow('bad signature');
    await expect(tokens.verify('forged', failing)).rejects.toThrow('bad signature');
    expect(verifications).toBe(4);
  });

  it('forgets the least recently used token past its capacity', async () => {
    const tokens = new VerifiedTokens<string>(2, 60_000, now);
    const seen: string[] = [];
    const verifyAs = (token: string) => async () => {
      seen.push(token);
      return { value: token, validUntilMs: clock.ms + 60_000 };
    };
    for (const token of ['one', 'two', 'one', 'three', 'one', 'two'])
      await tokens.verify(token, verifyAs(token));
    expect(seen).toEqual(['one', 'two', 'three', 'two']);
  });

  it("takes a JWT's validity from exp, or from iat plus the accepted age when that is sooner", () => {
    expect(validUntilMs({ iat: 100, exp: 220 }, 120)).toBe(220_000);
    expect(validUntilMs({ iat: 100, exp: 10_000 }, 120)).toBe(220_000);
  });
});
