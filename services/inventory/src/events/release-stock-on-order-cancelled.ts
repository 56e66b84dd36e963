import { OrderCancelled } from '@bazaar/contracts/orders';
import type { InventoryBus } from '../data/inventory-schema.js';
import { releaseStock } from '../use-cases/release-stock.js';

/** `inventory.release-stock`: a cancelled order's stock is given back (released or restocked). */
export function subscribeReleaseStock(bus: InventoryBus): void {
  bus.subscribe({
    queue: 'inventory.release-stock',
    events: [OrderCancelled],
    handle: (event, trx) => releaseStock(trx, bus, event.data.orderId),
  });
}
