import Type from 'typebox';

/** Money in integer minor units (cents), e.g. `{ amount: 1999, currency: 'USD' }` is $19.99. */
export const Money = Type.Object(
  {
    amount: Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'integer minor units (cents)' }),
    currency: Type.Literal('USD'),
  },
  { additionalProperties: false },
);
/** Money in integer minor units. */
export type Money = Type.Static<typeof Money>;
