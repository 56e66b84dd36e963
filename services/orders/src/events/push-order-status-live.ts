import { OrderStatusChanged } from '@bazaar/contracts/orders';
import type { Bus, ChangeSignals } from '@bazaar/platform';
import type { OrdersSchema } from '../data/orders-schema.js';

/**
 * `orders.live-order-status` (broadcast: every orders replica has its own queue): signals the
 * order's open live streams in this process, whichever replica made the change. When the queue is
 * (re)declared, every open stream re-reads, since changes made meanwhile were not delivered here.
 */
export function subscribePushOrderStatusLive(bus: Bus<OrdersSchema>, signals: ChangeSignals): void {
  bus.subscribeBroadcast({
    name: 'orders.live-order-status',
    events: [OrderStatusChanged],
    handle: (event) => signals.raise(event.data.orderId),
    onSubscribed: () => signals.raiseAll(),
  });
}
