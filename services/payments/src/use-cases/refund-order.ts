import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Bus, ServiceResources } from '@bazaar/platform';
import { RefundCompleted } from '@bazaar/contracts/payments';
import type { RefundRequested } from '@bazaar/contracts/orders';
import { findPaymentOfOrder, markRefunded } from '../data/payments.repository.js';
import type { PaymentsSchema } from '../data/payments-schema.js';

/**
 * Refunds an order's captured payment in full, at most once: the refund is claimed with a
 * conditional update on status `captured`, and published in the same transaction.
 */
export async function refundOrder(
  trx: Transaction<PaymentsSchema>,
  { bus, logger }: { bus: Bus<PaymentsSchema>; logger: ServiceResources<PaymentsSchema>['logger'] },
  request: RefundRequested,
): Promise<void> {
  const payment = await findPaymentOfOrder(trx, request.orderId);
  if (!payment || payment.status !== 'captured' || payment.id !== request.paymentId) {
    logger.info(
      { orderId: request.orderId, status: payment?.status ?? null },
      'no captured payment to refund',
    );
    return;
  }
  const refund = { refundId: `ref_${randomBytes(12).toString('hex')}`, refundedAt: new Date().toISOString() };
  if (!(await markRefunded(trx, payment.id, refund))) return;
  await bus.publish(trx, RefundCompleted, {
    orderId: payment.order_id,
    paymentId: payment.id,
    refundId: refund.refundId,
    amount: { amount: payment.amount_cents, currency: 'USD' },
    refundedAt: refund.refundedAt,
  });
}
