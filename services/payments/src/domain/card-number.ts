// Pure rules about a card: its checksum, brand, expiry and how the simulated processor treats it.
import type { CardBrand } from '@bazaar/contracts/payments';

/** How the simulated processor answers a charge on a card (api.md's test cards). */
export type CardBehaviour = 'approve' | 'decline' | 'insufficient_funds' | 'processing_error';

const testCardBehaviours: Record<string, CardBehaviour> = {
  '4242424242424242': 'approve',
  '4000000000000002': 'decline',
  '4000000000009995': 'insufficient_funds',
  '4000000000000119': 'processing_error',
};

/** Whether the digits pass the Luhn checksum. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The brand a card number's prefix names. */
export function brandOf(cardNumber: string): CardBrand {
  const prefix2 = Number(cardNumber.slice(0, 2));
  const prefix3 = Number(cardNumber.slice(0, 3));
  const prefix4 = Number(cardNumber.slice(0, 4));
  if (cardNumber.startsWith('4')) return 'visa';
  if ((prefix2 >= 51 && prefix2 <= 55) || (prefix4 >= 2221 && prefix4 <= 2720)) return 'mastercard';
  if (prefix2 === 34 || prefix2 === 37) return 'amex';
  if (prefix4 === 6011 || prefix2 === 65 || (prefix3 >= 644 && prefix3 <= 649)) return 'discover';
  return 'unknown';
}

/** How the simulated processor will treat charges on this card: test cards have their own. */
export function behaviourOf(cardNumber: string): CardBehaviour {
  return testCardBehaviours[cardNumber] ?? 'approve';
}

/** Whether a card expiring at the end of `expMonth`/`expYear` has expired at `now` (UTC). */
export function hasExpired(expMonth: number, expYear: number, now: Date): boolean {
  const currentYear = now.getUTCFullYear();
  const currentMonth = now.getUTCMonth() + 1;
  return expYear < currentYear || (expYear === currentYear && expMonth < currentMonth);
}
