import { RefundCompleted } from '@bazaar/contracts/payments';
import { onRefundCompleted } from '../domain/checkout-saga.js';
import { applySagaStep, type SagaDeps } from '../use-cases/apply-saga-step.js';

/** `orders.record-refund-on-refund-completed`: remembers when the order's money was given back. */
export function subscribeRecordRefundOnRefundCompleted(deps: SagaDeps): void {
  deps.bus.subscribe({
    queue: 'orders.record-refund-on-refund-completed',
    events: [RefundCompleted],
    handle: (event, trx) =>
      applySagaStep(deps, trx, { orderId: event.data.orderId, event: event.type }, (order) =>
        onRefundCompleted(order, event.data.refundedAt),
      ),
  });
}
