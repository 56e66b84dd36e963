import { randomBytes } from 'node:crypto';
import { OrderPlaced, type CheckoutBody, type Order } from '@bazaar/contracts/orders';
import { AppError, conflict, isUniqueViolation, type Bus } from '@bazaar/platform';
import type { CartReader } from '../clients/cart.client.js';
import { openOrder } from '../domain/open-order.js';
import type { OrderRecord } from '../domain/order-record.js';
import { toOrderView } from '../domain/order-view.js';
import type { OrdersDatabase, OrdersSchema } from '../data/orders-schema.js';
import { findOrderByIdempotencyKey, insertOrder } from '../data/orders.repository.js';
import { orderFacts } from './order-event-data.js';
import { recordStatusChanges } from './record-status-changes.js';

/** What checkout needs: the database, the bus and the caller's cart. */
export interface CheckoutDeps {
  database: OrdersDatabase;
  bus: Bus<OrdersSchema>;
  cart: CartReader;
}

/** The placed order, and whether this request placed it (false: an earlier one with the same key did). */
export interface PlacedOrder {
  order: Order;
  isNew: boolean;
}

/**
 * Places the caller's cart as a `pending` order and announces it in the same transaction. The
 * same idempotency key gives back the same order, even when identical requests race.
 */
export async function placeOrder(
  deps: CheckoutDeps,
  userId: string,
  checkout: CheckoutBody,
): Promise<PlacedOrder> {
  const earlier = await findOrderByIdempotencyKey(deps.database.db, userId, checkout.idempotencyKey);
  if (earlier) return replay(earlier, checkout);
  const cart = await deps.cart.readCallerCart();
  if (cart.items.length === 0) throw conflict('Your cart is empty.', 'CART_EMPTY');
  const at = new Date().toISOString();
  const order = openOrder({ id: newOrderId(), userId, checkout, items: cart.items, total: cart.total, at });
  try {
    await deps.database.transaction(async (trx) => {
      await insertOrder(trx, order);
      await recordStatusChanges(deps.bus, trx, order);
      await deps.bus.publish(trx, OrderPlaced, { ...orderFacts(order), placedAt: at });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent request with the same key won the race: answer with its order.
    const winner = await findOrderByIdempotencyKey(deps.database.db, userId, checkout.idempotencyKey);
    if (!winner) throw error;
    return replay(winner, checkout);
  }
  return { order: toOrderView(order), isNew: true };
}

function replay(earlier: OrderRecord, checkout: CheckoutBody): PlacedOrder {
  if (earlier.requestFingerprint !== checkout.requestFingerprint) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', {
      detail: 'This idempotency key was already used for another checkout.',
    });
  }
  return { order: toOrderView(earlier), isNew: false };
}

function newOrderId(): string {
  return `ord_${randomBytes(8).toString('hex')}`;
}
