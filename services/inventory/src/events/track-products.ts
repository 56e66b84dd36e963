import { ProductCreated } from '@bazaar/contracts/catalog';
import type { InventoryBus } from '../data/inventory-schema.js';
import { trackProduct } from '../use-cases/track-product.js';

/** `inventory.track-products`: every new catalog product gets a stock row (demo stock when asked). */
export function subscribeTrackProducts(bus: InventoryBus, isDemoStock: boolean): void {
  bus.subscribe({
    queue: 'inventory.track-products',
    events: [ProductCreated],
    handle: (event, trx) => trackProduct(trx, bus, event.data, isDemoStock),
  });
}
