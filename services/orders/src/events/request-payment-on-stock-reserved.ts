import { StockReserved } from '@bazaar/contracts/inventory';
import { onStockReserved } from '../domain/checkout-saga.js';
import { applySagaStep, type SagaDeps } from '../use-cases/apply-saga-step.js';

/** `orders.request-payment-on-stock-reserved`: stock is held, so the order awaits its payment. */
export function subscribeRequestPaymentOnStockReserved(deps: SagaDeps): void {
  deps.bus.subscribe({
    queue: 'orders.request-payment-on-stock-reserved',
    events: [StockReserved],
    handle: (event, trx) =>
      applySagaStep(deps, trx, { orderId: event.data.orderId, event: event.type }, (order, at) =>
        onStockReserved(order, event.data.expiresAt, at),
      ),
  });
}
