import type { ServiceResources } from '@bazaar/platform';
import { RefundRequested } from '@bazaar/contracts/orders';
import type { PaymentsSchema } from '../data/payments-schema.js';
import { refundOrder } from '../use-cases/refund-order.js';

/** `payments.refund-order`: refunds an order's captured payment once when orders asks for it. */
export function subscribeRefundOrderOnRefundRequested(resources: ServiceResources<PaymentsSchema>): void {
  resources.bus.subscribe({
    queue: 'payments.refund-order',
    events: [RefundRequested],
    handle: (event, trx) => refundOrder(trx, resources, event.data),
  });
}
