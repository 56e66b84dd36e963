// The checkout form's values, its checks, and the request and idempotency key it makes.
import type { CheckoutRequest } from '../api/shop-api.ts';
import { cardDigits, cardNumberProblem, expiryProblem, parseExpiry } from '../format/card.ts';

/** Everything the form holds, as typed. */
export interface CheckoutValues {
  name: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
  cardNumber: string;
  expiry: string;
  cvc: string;
}

/** An empty form, shipping to the US. */
export const emptyCheckout: CheckoutValues = {
  name: '',
  line1: '',
  line2: '',
  city: '',
  postalCode: '',
  country: 'US',
  cardNumber: '',
  expiry: '',
  cvc: '',
};

/** Each field's problem, by field name; empty when the form may be sent. */
export function checkoutProblems(values: CheckoutValues, now: Date): Record<string, string> {
  const problems: Record<string, string> = {};
  const required: Array<[keyof CheckoutValues, string]> = [
    ['name', 'Enter the name to ship to.'],
    ['line1', 'Enter the street address.'],
    ['city', 'Enter the city.'],
    ['postalCode', 'Enter the postal code.'],
  ];
  for (const [field, message] of required) if (!values[field].trim()) problems[field] = message;
  const card = cardNumberProblem(values.cardNumber);
  if (card) problems.cardNumber = card;
  const expiry = expiryProblem(values.expiry, now);
  if (expiry) problems.expiry = expiry;
  if (!/^[0-9]{3,4}$/.test(values.cvc.trim()))
    problems.cvc = 'The security code is the 3 or 4 digits on the card.';
  return problems;
}

/** The API request for a checked form. */
export function checkoutRequest(values: CheckoutValues): CheckoutRequest {
  const line2 = values.line2.trim();
  return {
    shippingAddress: {
      name: values.name.trim(),
      line1: values.line1.trim(),
      ...(line2 ? { line2 } : {}),
      city: values.city.trim(),
      postalCode: values.postalCode.trim(),
      country: values.country,
    },
    payment: {
      cardNumber: cardDigits(values.cardNumber),
      ...parseExpiry(values.expiry),
      cvc: values.cvc.trim(),
    },
  };
}

/** A new random idempotency key (32 hex characters). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Which form field an API field error belongs to (e.g. `payment.cardNumber` → `cardNumber`). */
export function formField(apiField: string): string {
  const last = apiField.split('.').pop() ?? apiField;
  return last === 'expMonth' || last === 'expYear' ? 'expiry' : last;
}
