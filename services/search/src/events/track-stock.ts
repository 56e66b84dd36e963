import { StockChanged } from '@bazaar/contracts/inventory';
import type { SearchBus } from '../data/search-schema.js';
import { trackStock } from '../use-cases/track-stock.js';

/** `search.track-stock`: inventory's stock changes decide what `inStock=true` finds. */
export function subscribeTrackStock(bus: SearchBus): void {
  bus.subscribe({
    queue: 'search.track-stock',
    events: [StockChanged],
    handle: (event, trx) => trackStock(trx, event.data),
  });
}
