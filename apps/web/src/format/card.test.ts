import { describe, expect, it } from 'vitest';
import { cardNumberProblem, expiryProblem, parseExpiry } from './card.ts';

describe('the card form checks', () => {
  it('accepts the test cards as typed with spaces', () => {
    expect(cardNumberProblem('4242 4242 4242 4242')).toBeNull();
    expect(cardNumberProblem('4000-0000-0000-0002')).toBeNull();
  });

  it('refuses a number that fails the Luhn check, a short one and letters', () => {
    expect(cardNumberProblem('4242 4242 4242 4241')).toMatch(/not valid/);
    expect(cardNumberProblem('4242')).toMatch(/12 to 19 digits/);
    expect(cardNumberProblem('4242abcd42424242')).toMatch(/12 to 19 digits/);
    expect(cardNumberProblem('')).toMatch(/Enter/);
  });

  it('refuses an expired or malformed expiry and reads a good one', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    expect(expiryProblem('11/26', now)).toMatch(/expired/);
    expect(expiryProblem('12/26', now)).toBeNull();
    expect(expiryProblem('13/30', now)).toMatch(/month/);
    expect(expiryProblem('1230', now)).toMatch(/MM\/YY/);
    expect(parseExpiry('04/31')).toEqual({ expMonth: 4, expYear: 2031 });
  });
});
