import type { PaymentsDb, PaymentsTable } from './payments-schema.js';

/** Stores the outcome of an order's payment request; a second row for the order violates order_id's uniqueness. */
export async function insertPayment(db: PaymentsDb, payment: PaymentsTable): Promise<void> {
  await db.insertInto('payments').values(payment).execute();
}

/** The payment row of an order, or undefined. */
export async function findPaymentOfOrder(
  db: PaymentsDb,
  orderId: string,
): Promise<PaymentsTable | undefined> {
  return db.selectFrom('payments').selectAll().where('order_id', '=', orderId).executeTakeFirst();
}

/** Marks a captured payment refunded; false when it was not captured (already refunded, or failed). */
export async function markRefunded(
  db: PaymentsDb,
  paymentId: string,
  refund: { refundId: string; refundedAt: string },
): Promise<boolean> {
  const result = await db
    .updateTable('payments')
    .set({ status: 'refunded', refund_id: refund.refundId, refunded_at: refund.refundedAt })
    .where('id', '=', paymentId)
    .where('status', '=', 'captured')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Captured and refunded payments, newest first: one order's, or the latest 100. */
export async function listSettledPayments(db: PaymentsDb, orderId?: string): Promise<PaymentsTable[]> {
  let query = db
    .selectFrom('payments')
    .selectAll()
    .where('status', 'in', ['captured', 'refunded'])
    .orderBy('created_at', 'desc')
    .limit(100);
  if (orderId) query = query.where('order_id', '=', orderId);
  return query.execute();
}
