import { PaymentSucceeded } from '@bazaar/contracts/payments';
import { onPaymentSucceeded } from '../domain/checkout-saga.js';
import { applySagaStep, type SagaDeps } from '../use-cases/apply-saga-step.js';

/** `orders.mark-order-paid-on-payment-succeeded`: the order is paid, or refunded if cancelled meanwhile. */
export function subscribeMarkOrderPaidOnPaymentSucceeded(deps: SagaDeps): void {
  deps.bus.subscribe({
    queue: 'orders.mark-order-paid-on-payment-succeeded',
    events: [PaymentSucceeded],
    handle: (event, trx) =>
      applySagaStep(deps, trx, { orderId: event.data.orderId, event: event.type }, (order, at) =>
        onPaymentSucceeded(order, { paymentId: event.data.paymentId, amount: event.data.amount }, at),
      ),
  });
}
