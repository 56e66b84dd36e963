import type { ServiceResources } from '@bazaar/platform';
import { PaymentRequested } from '@bazaar/contracts/orders';
import type { PaymentsSchema } from '../data/payments-schema.js';
import type { CardProcessor } from '../domain/simulated-card-processor.js';
import { chargeOrder } from '../use-cases/charge-order.js';

/** `payments.charge-order`: charges an order once when orders asks for its payment. */
export function subscribeChargeOrderOnPaymentRequested(
  resources: ServiceResources<PaymentsSchema>,
  processor: CardProcessor,
): void {
  resources.bus.subscribe({
    queue: 'payments.charge-order',
    events: [PaymentRequested],
    handle: (event, trx) => chargeOrder(trx, { bus: resources.bus, processor }, event.data),
  });
}
