import { describe, expect, it } from 'vitest';
import { behaviourOf, brandOf, hasExpired, isLuhnValid } from './card-number.js';

describe('card numbers', () => {
  it('accepts Luhn-valid numbers and refuses a changed digit', () => {
    expect(isLuhnValid('4242424242424242')).toBe(true);
    expect(isLuhnValid('378282246310005')).toBe(true);
    expect(isLuhnValid('4242424242424241')).toBe(false);
  });

  it('names the brand by prefix', () => {
    expect(brandOf('4242424242424242')).toBe('visa');
    expect(brandOf('5555555555554444')).toBe('mastercard');
    expect(brandOf('2223003122003222')).toBe('mastercard');
    expect(brandOf('378282246310005')).toBe('amex');
    expect(brandOf('6011111111111117')).toBe('discover');
    expect(brandOf('3566002020360505')).toBe('unknown');
  });

  it('knows the test cards, and approves any other card', () => {
    expect(behaviourOf('4000000000000002')).toBe('decline');
    expect(behaviourOf('4000000000009995')).toBe('insufficient_funds');
    expect(behaviourOf('4000000000000119')).toBe('processing_error');
    expect(behaviourOf('5555555555554444')).toBe('approve');
  });

  it('lets a card be used through its expiry month', () => {
    const now = new Date('2026-05-15T00:00:00Z');
    expect(hasExpired(5, 2026, now)).toBe(false);
    expect(hasExpired(4, 2026, now)).toBe(true);
    expect(hasExpired(1, 2025, now)).toBe(true);
    expect(hasExpired(1, 2027, now)).toBe(false);
  });
});
