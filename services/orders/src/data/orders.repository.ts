import type { CancellationReason, OrderStatus, ShipmentStatus } from '@bazaar/contracts/orders';
import type { Selectable } from 'kysely';
import type { OrderRecord } from '../domain/order-record.js';
import type { OrdersDb, OrdersTable } from './orders-schema.js';

/** The order with this id, if there is one. */
export async function findOrderById(db: OrdersDb, id: string): Promise<OrderRecord | undefined> {
  const row = await db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toOrderRecord(row);
}

/**
 * The order with this id, locked until the transaction ends so concurrent saga steps on the same
 * order take turns (a no-op update locks the row on PostgreSQL and takes the write lock on SQLite).
 */
export async function findOrderForUpdate(db: OrdersDb, id: string): Promise<OrderRecord | undefined> {
  await db
    .updateTable('orders')
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', id)
    .execute();
  return findOrderById(db, id);
}

/** The order a user placed under an idempotency key, if any. */
export async function findOrderByIdempotencyKey(
  db: OrdersDb,
  userId: string,
  idempotencyKey: string,
): Promise<OrderRecord | undefined> {
  const row = await db
    .selectFrom('orders')
    .selectAll()
    .where('user_id', '=', userId)
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
  return row && toOrderRecord(row);
}

/** One slice of a user's orders, newest first, and how many they have in all. */
export async function findUserOrderPage(
  db: OrdersDb,
  userId: string,
  slice: { offset: number; limit: number },
): Promise<{ items: OrderRecord[]; total: number }> {
  const mine = db.selectFrom('orders').where('user_id', '=', userId);
  const [rows, counted] = await Promise.all([
    mine
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(slice.limit)
      .offset(slice.offset)
      .execute(),
    mine.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toOrderRecord), total: Number(counted.count) };
}

/** Inserts a new order; a taken (user, idempotency key) throws a unique violation. */
export async function insertOrder(db: OrdersDb, order: OrderRecord): Promise<void> {
  await db.insertInto('orders').values(toRow(order)).execute();
}

/** Writes the order's saga state (everything that changes after it was placed). */
export async function saveOrder(db: OrdersDb, order: OrderRecord): Promise<void> {
  const { id: _id, user_id: _user, idempotency_key: _key, created_at: _created, ...changes } = toRow(order);
  await db.updateTable('orders').set(changes).where('id', '=', order.id).execute();
}

function toOrderRecord(row: Selectable<OrdersTable>): OrderRecord {
  return {
    id: row.id,
    userId: row.user_id,
    idempotencyKey: row.idempotency_key,
    requestFingerprint: row.request_fingerprint,
    status: row.status as OrderStatus,
    cancellationReason: row.cancellation_reason as CancellationReason | null,
    items: JSON.parse(row.items_json) as OrderRecord['items'],
    total: { amount: Number(row.total_cents), currency: row.currency as OrderRecord['total']['currency'] },
    shippingAddress: JSON.parse(row.shipping_address_json) as OrderRecord['shippingAddress'],
    paymentToken: row.payment_token,
    payment: { brand: row.payment_brand, last4: row.payment_last4 },
    paymentId: row.payment_id,
    refundRequestedAt: row.refund_requested_at,
    refundedAt: row.refunded_at,
    shipment: toShipment(row),
    history: JSON.parse(row.history_json) as OrderRecord['history'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toShipment(row: Selectable<OrdersTable>): OrderRecord['shipment'] {
  if (row.shipment_id === null) return null;
  return {
    id: row.shipment_id,
    status: row.shipment_status as ShipmentStatus,
    trackingNumber: row.shipment_tracking_number ?? '',
  };
}

function toRow(order: OrderRecord): OrdersTable {
  return {
    id: order.id,
    user_id: order.userId,
    idempotency_key: order.idempotencyKey,
    request_fingerprint: order.requestFingerprint,
    status: order.status,
    cancellation_reason: order.cancellationReason,
    items_json: JSON.stringify(order.items),
    total_cents: order.total.amount,
    currency: order.total.currency,
    shipping_address_json: JSON.stringify(order.shippingAddress),
    payment_token: order.paymentToken,
    payment_brand: order.payment.brand,
    payment_last4: order.payment.last4,
    payment_id: order.paymentId,
    refund_requested_at: order.refundRequestedAt,
    refunded_at: order.refundedAt,
    shipment_id: order.shipment?.id ?? null,
    shipment_status: order.shipment?.status ?? null,
    shipment_tracking_number: order.shipment?.trackingNumber ?? null,
    history_json: JSON.stringify(order.history),
    created_at: order.createdAt,
    updated_at: order.updatedAt,
  };
}
