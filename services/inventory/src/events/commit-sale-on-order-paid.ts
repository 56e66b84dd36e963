import { OrderPaid } from '@bazaar/contracts/orders';
import type { InventoryBus } from '../data/inventory-schema.js';
import { commitSale } from '../use-cases/commit-sale.js';

/** `inventory.commit-sale`: a paid order's reservation becomes a sale. */
export function subscribeCommitSale(bus: InventoryBus): void {
  bus.subscribe({
    queue: 'inventory.commit-sale',
    events: [OrderPaid],
    handle: (event, trx) => commitSale(trx, bus, event.data),
  });
}
