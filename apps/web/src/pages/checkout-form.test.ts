import { describe, expect, it } from 'vitest';
import {
  checkoutProblems,
  checkoutRequest,
  emptyCheckout,
  formField,
  newIdempotencyKey,
} from './checkout-form.ts';

const filled = {
  ...emptyCheckout,
  name: 'Ann',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '12345',
  cardNumber: '4242 4242 4242 4242',
  expiry: '12/30',
  cvc: '123',
};
const now = new Date('2026-12-02T00:00:00Z');

describe('the checkout form', () => {
  it('names every missing field, and a card number that fails Luhn', () => {
    expect(Object.keys(checkoutProblems(emptyCheckout, now)).sort()).toEqual(
      ['city', 'cardNumber', 'cvc', 'expiry', 'line1', 'name', 'postalCode'].sort(),
    );
    expect(checkoutProblems({ ...filled, cardNumber: '4242 4242 4242 4241' }, now)).toEqual({
      cardNumber: 'This card number is not valid. Please check it.',
    });
  });

  it('sends the digits of the card and the expiry as numbers, without an empty second line', () => {
    expect(checkoutProblems(filled, now)).toEqual({});
    expect(checkoutRequest(filled)).toEqual({
      shippingAddress: {
        name: 'Ann',
        line1: '1 Main St',
        city: 'Springfield',
        postalCode: '12345',
        country: 'US',
      },
      payment: { cardNumber: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123' },
    });
  });

  it('makes a fresh key each time, within the API limits, and maps API field names to the form', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(key);
    expect(formField('shippingAddress.postalCode')).toBe('postalCode');
    expect(formField('payment.expYear')).toBe('expiry');
  });
});
