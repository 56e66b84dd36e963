import Type from 'typebox';

/** The answer of `POST /admin/rebuild`: how many products the fresh index holds and how long it took. */
export const RebuildResult = Type.Object(
  {
    products: Type.Integer({ minimum: 0, description: 'products in the index after the swap' }),
    tookMs: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
/** The answer of `POST /admin/rebuild`. */
export type RebuildResult = Type.Static<typeof RebuildResult>;
