// The card form's checks, made before anything is sent: a number the API would refuse never leaves.

/** The test cards of api.md, shown as a hint outside production. */
export const testCards = [
  { number: '4242 4242 4242 4242', outcome: 'approved' },
  { number: '4000 0000 0000 0002', outcome: 'declined' },
  { number: '4000 0000 0000 9995', outcome: 'insufficient funds' },
] as const;

/** The digits of a card number as typed (spaces and dashes allowed). */
export function cardDigits(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

/** True when the digits pass the Luhn check card numbers carry. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Why a typed card number is refused, or null when it may be sent. */
export function cardNumberProblem(typed: string): string | null {
  const digits = cardDigits(typed);
  if (digits === '') return 'Enter your card number.';
  if (!/^[0-9]{12,19}$/.test(digits)) return 'A card number has 12 to 19 digits.';
  if (!passesLuhn(digits)) return 'This card number is not valid. Please check it.';
  return null;
}

/** Why a typed expiry (MM/YY) is refused, or null; `now` is today. */
export function expiryProblem(typed: string, now: Date): string | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2})\s*$/.exec(typed);
  if (!match) return 'Enter the expiry date as MM/YY.';
  const month = Number(match[1]);
  const year = 2000 + Number(match[2]);
  if (month < 1 || month > 12) return 'The month must be between 01 and 12.';
  if (year * 12 + month < now.getFullYear() * 12 + now.getMonth() + 1) return 'This card has expired.';
  return null;
}

/** "MM/YY" → { expMonth, expYear } (only after expiryProblem said null). */
export function parseExpiry(typed: string): { expMonth: number; expYear: number } {
  const [month, year] = typed.split('/').map((part) => Number(part.trim()));
  return { expMonth: month ?? 0, expYear: 2000 + (year ?? 0) };
}
