import { PaymentFailed } from '@bazaar/contracts/payments';
import { onPaymentFailed } from '../domain/checkout-saga.js';
import { applySagaStep, type SagaDeps } from '../use-cases/apply-saga-step.js';

/** `orders.cancel-order-on-payment-failed`: a declined or expired payment cancels the order. */
export function subscribeCancelOrderOnPaymentFailed(deps: SagaDeps): void {
  deps.bus.subscribe({
    queue: 'orders.cancel-order-on-payment-failed',
    events: [PaymentFailed],
    handle: (event, trx) =>
      applySagaStep(deps, trx, { orderId: event.data.orderId, event: event.type }, (order, at) =>
        onPaymentFailed(order, event.data.reason, at),
      ),
  });
}
