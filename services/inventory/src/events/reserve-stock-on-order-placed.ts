import { OrderPlaced } from '@bazaar/contracts/orders';
import type { InventoryBus } from '../data/inventory-schema.js';
import { reserveStock } from '../use-cases/reserve-stock.js';

/** `inventory.reserve-stock`: a placed order has all its lines held, or none. */
export function subscribeReserveStock(bus: InventoryBus, ttlSeconds: number): void {
  bus.subscribe({
    queue: 'inventory.reserve-stock',
    events: [OrderPlaced],
    handle: (event, trx) => reserveStock(trx, bus, event.data, ttlSeconds),
  });
}
