import type { PaymentRecord } from '@bazaar/contracts/payments';
import { listSettledPayments } from '../data/payments.repository.js';
import type { PaymentsDb, PaymentsTable } from '../data/payments-schema.js';

/** Captured and refunded payments, for admins: one order's, or the latest 100. */
export async function listPayments(db: PaymentsDb, orderId?: string): Promise<{ items: PaymentRecord[] }> {
  const rows = await listSettledPayments(db, orderId);
  return { items: rows.map(toPaymentRecord) };
}

function toPaymentRecord(row: PaymentsTable): PaymentRecord {
  return {
    id: row.id,
    orderId: row.order_id,
    status: row.status === 'refunded' ? 'refunded' : 'captured',
    amount: { amount: Number(row.amount_cents), currency: 'USD' },
    brand: row.brand,
    last4: row.last4,
    capturedAt: row.captured_at ?? row.created_at,
    refundedAt: row.refunded_at,
  };
}
