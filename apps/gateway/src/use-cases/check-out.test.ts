import { describe, expect, it } from 'vitest';
import { fingerprintOf } from './check-out.js';

describe('the checkout request fingerprint', () => {
  it('is the same for the same request whatever the key order, and differs when a field differs', () => {
    const a = fingerprintOf({
      shippingAddress: { name: 'Ann', city: 'X' },
      card: { fingerprint: 'f1', expMonth: 1 },
    });
    const b = fingerprintOf({
      card: { expMonth: 1, fingerprint: 'f1' },
      shippingAddress: { city: 'X', name: 'Ann' },
    });
    const c = fingerprintOf({
      shippingAddress: { name: 'Ann', city: 'Y' },
      card: { fingerprint: 'f1', expMonth: 1 },
    });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
