import { StockRejected } from '@bazaar/contracts/inventory';
import { onStockRejected } from '../domain/checkout-saga.js';
import { applySagaStep, type SagaDeps } from '../use-cases/apply-saga-step.js';

/** `orders.cancel-order-on-stock-rejected`: out of stock cancels the order (refunding a paid one). */
export function subscribeCancelOrderOnStockRejected(deps: SagaDeps): void {
  deps.bus.subscribe({
    queue: 'orders.cancel-order-on-stock-rejected',
    events: [StockRejected],
    handle: (event, trx) =>
      applySagaStep(deps, trx, { orderId: event.data.orderId, event: event.type }, onStockRejected),
  });
}
