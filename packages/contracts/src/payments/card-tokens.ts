import Type from 'typebox';

/** The card brands payments recognises by a number's prefix. */
export const CardBrand = Type.Union([
  Type.Literal('visa'),
  Type.Literal('mastercard'),
  Type.Literal('amex'),
  Type.Literal('discover'),
  Type.Literal('unknown'),
]);
/** A card brand. */
export type CardBrand = Type.Static<typeof CardBrand>;

/**
 * The year a card expires: four digits, 2000–2100. The one rule for the gateway's checkout and
 * payments alike; a card whose month has passed is refused by payments (400 naming body.expYear).
 */
export const CardExpiryYear = Type.Integer({ minimum: 2000, maximum: 2100, description: 'e.g. 2030' });

/** The body of `POST /tokens`: the card as the shopper typed it; it is never stored. */
export const TokenizeCardBody = Type.Object(
  {
    cardNumber: Type.String({ pattern: '^[0-9]{12,19}$', description: '12–19 digits, Luhn-valid' }),
    expMonth: Type.Integer({ minimum: 1, maximum: 12 }),
    expYear: CardExpiryYear,
    cvc: Type.String({ pattern: '^[0-9]{3,4}$' }),
  },
  { additionalProperties: false },
);
/** The body of `POST /tokens`. */
export type TokenizeCardBody = Type.Static<typeof TokenizeCardBody>;

/** The answer of `POST /tokens`: a token to charge later, and what may be shown of the card. */
export const CardToken = Type.Object({
  token: Type.String({ description: 'opaque, e.g. tok_3f2a…' }),
  brand: CardBrand,
  last4: Type.String({ pattern: '^[0-9]{4}$' }),
  fingerprint: Type.String({
    description: 'HMAC-SHA256 of the card number, hex: the same card, the same value',
  }),
});
/** The answer of `POST /tokens`. */
export type CardToken = Type.Static<typeof CardToken>;
