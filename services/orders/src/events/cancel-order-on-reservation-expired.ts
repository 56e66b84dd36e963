import { StockReleased } from '@bazaar/contracts/inventory';
import { onReservationExpired } from '../domain/checkout-saga.js';
import { applySagaStep, type SagaDeps } from '../use-cases/apply-saga-step.js';

/** `orders.cancel-order-on-reservation-expired`: an expired reservation cancels an unpaid order. */
export function subscribeCancelOrderOnReservationExpired(deps: SagaDeps): void {
  deps.bus.subscribe({
    queue: 'orders.cancel-order-on-reservation-expired',
    events: [StockReleased],
    handle: async (event, trx) => {
      // A release for a cancelled order is inventory's compensation echoing ours: nothing to do.
      if (event.data.reason !== 'expired') return;
      await applySagaStep(
        deps,
        trx,
        { orderId: event.data.orderId, event: event.type },
        onReservationExpired,
      );
    },
  });
}
