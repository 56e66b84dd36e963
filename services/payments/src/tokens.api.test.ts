import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@bazaar/platform/testing';
import { shopperHeaders, startPayments, type PaymentsTestApp } from './testing/payments-test-app.js';

const nextYear = new Date().getUTCFullYear() + 1;
const card = (cardNumber: string) => ({ cardNumber, expMonth: 12, expYear: nextYear, cvc: '123' });

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`card tokenization on ${engine}`, () => {
    let payments: PaymentsTestApp;
    let shopper: Record<string, string>;

    beforeAll(async () => {
      payments = await startPayments(engine);
      shopper = await shopperHeaders(payments.issuer, 'usr_tokens');
    });
    afterAll(async () => payments?.close());

    const tokenize = (body: unknown, headers = shopper) =>
      payments.app.inject({ method: 'POST', url: '/tokens', payload: body as object, headers });

    it('turns a card into a token, naming its brand and last four digits', async () => {
      const cases = [
        ['4242424242424242', 'visa'],
        ['5555555555554444', 'mastercard'],
        ['378282246310005', 'amex'],
        ['6011111111111117', 'discover'],
        ['3566002020360505', 'unknown'],
      ];
      for (const [cardNumber, brand] of cases) {
        const response = await tokenize(card(cardNumber!));
        expect(response.statusCode).toBe(201);
        expect(response.json()).toMatchObject({ brand, last4: cardNumber!.slice(-4) });
        expect(response.json().token).toMatch(/^tok_/);
      }
    });

    it('gives the same card the same fingerprint and another card another', async () => {
      const first = (await tokenize(card('4242424242424242'))).json();
      const again = (await tokenize(card('4242424242424242'))).json();
      const other = (await tokenize(card('5555555555554444'))).json();
      expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(again.fingerprint).toBe(first.fingerprint);
      expect(again.token).not.toBe(first.token);
      expect(other.fingerprint).not.toBe(first.fingerprint);
    });

    it('refuses a Luhn-invalid number, naming body.cardNumber', async () => {
      const response = await tokenize(card('4242424242424241'));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'body.cardNumber' })]);
    });

    it('refuses an expired card, naming body.expYear', async () => {
      const response = await tokenize({ ...card('4242424242424242'), expMonth: 1, expYear: 2020 });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'body.expYear' })]);
    });

    it('refuses an unknown field, a short number and a bad cvc', async () => {
      const unknown = await tokenize({ ...card('4242424242424242'), name: 'Ann' });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'body.name' })]);
      expect((await tokenize(card('42424242'))).statusCode).toBe(400);
      expect((await tokenize({ ...card('4242424242424242'), cvc: '12' })).statusCode).toBe(400);
    });

    it('refuses a caller without a valid token with 401', async () => {
      const anonymous = await tokenize(card('4242424242424242'), {});
      expect(anonymous.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    });
  });
}
