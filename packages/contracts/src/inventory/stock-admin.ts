import Type from 'typebox';
import { Id } from '../common/ids.js';

/** The most units of one product an admin may count on hand. */
export const maxStockOnHand = 1_000_000;

/** The body of `PUT /admin/stock/:productId`: the units now on hand. */
export const SetStockBody = Type.Object(
  { quantity: Type.Integer({ minimum: 0, maximum: maxStockOnHand, description: 'units on hand' }) },
  { additionalProperties: false },
);
/** The body of `PUT /admin/stock/:productId`. */
export type SetStockBody = Type.Static<typeof SetStockBody>;

/** One product's stock as an admin sees it. */
export const StockLevel = Type.Object(
  {
    productId: Id,
    onHand: Type.Integer({ minimum: 0 }),
    reserved: Type.Integer({ minimum: 0, description: 'held for orders not yet paid' }),
    available: Type.Integer({ minimum: 0, description: 'on hand − reserved' }),
  },
  { additionalProperties: false },
);
/** One product's stock as an admin sees it. */
export type StockLevel = Type.Static<typeof StockLevel>;
