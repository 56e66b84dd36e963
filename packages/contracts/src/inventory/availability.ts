import Type from 'typebox';
import { Id } from '../common/ids.js';

/** The most product ids one availability lookup may name. */
export const maxAvailabilityIds = 100;

/** The query of `GET /availability`: comma-separated product ids, up to 100. */
export const AvailabilityQuery = Type.Object(
  {
    ids: Type.String({
      pattern: `^[^,]{1,64}(,[^,]{1,64}){0,${maxAvailabilityIds - 1}}$`,
      description: `comma-separated product ids (up to ${maxAvailabilityIds}); unknown ids are left out`,
    }),
  },
  { additionalProperties: false },
);
/** The query of `GET /availability`. */
export type AvailabilityQuery = Type.Static<typeof AvailabilityQuery>;

/** What a shopper may buy of one product now: available = on hand − reserved. */
export const Availability = Type.Object(
  {
    productId: Id,
    inStock: Type.Boolean(),
    quantity: Type.Integer({ minimum: 0, description: 'units available to buy now' }),
  },
  { additionalProperties: false },
);
/** What a shopper may buy of one product now. */
export type Availability = Type.Static<typeof Availability>;

/** The answer of `GET /availability`: one entry per known product. */
export const AvailabilityList = Type.Object(
  { items: Type.Array(Availability) },
  { additionalProperties: false },
);
/** The answer of `GET /availability`. */
export type AvailabilityList = Type.Static<typeof AvailabilityList>;

/** The path parameter naming one product's stock. */
export const StockProductParams = Type.Object({ productId: Id }, { additionalProperties: false });
/** The path parameter naming one product's stock. */
export type StockProductParams = Type.Static<typeof StockProductParams>;
