// The events inventory publishes: the outcome of each reservation, and stock changes.
import Type from 'typebox';
import { defineEvent, type EventData } from '../events/index.js';
import { Id, LineQuantity, Timestamp } from '../common/ids.js';

const reservedLine = Type.Object({ productId: Id, quantity: LineQuantity }, { additionalProperties: false });

/** Every line of the order is held for it until `expiresAt`. */
export const StockReserved = defineEvent({
  type: 'inventory.stock.reserved',
  version: 1,
  data: Type.Object(
    { orderId: Id, items: Type.Array(reservedLine, { minItems: 1 }), expiresAt: Timestamp },
    { additionalProperties: false },
  ),
  examples: [
    { orderId: 'ord_1', items: [{ productId: 'prd_1', quantity: 2 }], expiresAt: '2026-01-02T10:15:00.000Z' },
  ],
});
/** The data of `inventory.stock.reserved`. */
export type StockReserved = EventData<typeof StockReserved>;

/** Not every line could be held, so none is. */
export const StockRejected = defineEvent({
  type: 'inventory.stock.rejected',
  version: 1,
  data: Type.Object(
    {
      orderId: Id,
      reason: Type.Literal('out_of_stock'),
      unavailable: Type.Array(
        Type.Object(
          { productId: Id, requested: Type.Integer({ minimum: 1 }), available: Type.Integer({ minimum: 0 }) },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
  examples: [
    {
      orderId: 'ord_1',
      reason: 'out_of_stock',
      unavailable: [{ productId: 'prd_1', requested: 2, available: 1 }],
    },
  ],
});
/** The data of `inventory.stock.rejected`. */
export type StockRejected = EventData<typeof StockRejected>;

/** What an order held was given back: on cancellation, or because the reservation expired. */
export const StockReleased = defineEvent({
  type: 'inventory.stock.released',
  version: 1,
  data: Type.Object(
    {
      orderId: Id,
      reason: Type.Union([Type.Literal('cancelled'), Type.Literal('expired')]),
      releasedAt: Timestamp,
    },
    { additionalProperties: false },
  ),
  examples: [{ orderId: 'ord_1', reason: 'expired', releasedAt: '2026-01-02T10:15:00.000Z' }],
});
/** The data of `inventory.stock.released`. */
export type StockReleased = EventData<typeof StockReleased>;

/** A product's availability changed (reservation, release, sale or an admin's count). */
export const StockChanged = defineEvent({
  type: 'inventory.stock.changed',
  version: 1,
  data: Type.Object(
    {
      productId: Id,
      onHand: Type.Integer({ minimum: 0 }),
      reserved: Type.Integer({ minimum: 0 }),
      available: Type.Integer({ minimum: 0 }),
      inStock: Type.Boolean(),
      changedAt: Timestamp,
      version: Type.Optional(
        Type.Integer({
          minimum: 1,
          description:
            "the product's stock version, one higher with every change: the newer of two facts, even within one millisecond (absent from events published before it existed)",
        }),
      ),
    },
    { additionalProperties: false },
  ),
  examples: [
    {
      productId: 'prd_1',
      onHand: 10,
      reserved: 2,
      available: 8,
      inStock: true,
      changedAt: '2026-01-02T10:00:00.000Z',
      version: 7,
    },
  ],
});
/** The data of `inventory.stock.changed`. */
export type StockChanged = EventData<typeof StockChanged>;
