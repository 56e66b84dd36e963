import { performance } from 'node:perf_hooks';
import type { Product } from '@bazaar/contracts/catalog';
import type { Availability } from '@bazaar/contracts/inventory';
import type { RebuildResult } from '@bazaar/contracts/search';
import { conflict } from '@bazaar/platform';
import type { IndexSources } from '../clients/index-sources.client.js';
import { sourceBatchSize } from '../clients/index-sources.client.js';
import { abandonGeneration, beginGeneration, swapInGeneration } from '../data/index-state.repository.js';
import { countProducts, upsertProducts, type IndexedProduct } from '../data/products.repository.js';
import type { SearchDatabase } from '../data/search-schema.js';
import { upsertStock } from '../data/stock.repository.js';

/**
 * Rebuilds the index from the catalog and inventory while queries keep reading the live one:
 * fills a new generation page by page (events keep feeding both), then swaps it in, in one
 * transaction. A failure leaves the live index as it was.
 */
export async function rebuildIndex(database: SearchDatabase, sources: IndexSources): Promise<RebuildResult> {
  const startedAt = performance.now();
  const generation = await database.transaction((trx) => beginGeneration(trx));
  try {
    await fillGeneration(database, sources, generation);
    const products = await database.transaction(async (trx) => {
      if (!(await swapInGeneration(trx, generation))) throw conflict('Another rebuild started meanwhile.');
      return countProducts(trx, generation);
    });
    return { products, tookMs: Math.round(performance.now() - startedAt) };
  } catch (error) {
    await database.transaction((trx) => abandonGeneration(trx, generation));
    throw error;
  }
}

async function fillGeneration(database: SearchDatabase, sources: IndexSources, generation: number) {
  for (let page = 1; ; page++) {
    // taken before asking, so a stock event newer than this answer still wins
    const stockAsOf = new Date().toISOString();
    const { items, total } = await sources.fetchProductPage(page);
    const availability = await sources.fetchAvailability(items.map((product) => product.id));
    await database.transaction(async (trx) => {
      await upsertProducts(trx, generation, items.map(toIndexedProduct));
      await upsertStock(
        trx,
        availability.map((entry) => toStockFact(entry, stockAsOf)),
      );
    });
    if (items.length < sourceBatchSize || page * sourceBatchSize >= total) return;
  }
}

function toIndexedProduct(product: Product): IndexedProduct {
  return {
    productId: product.id,
    sku: product.sku,
    name: product.name,
    description: product.description,
    category: product.category,
    priceAmount: product.price.amount,
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
  };
}

function toStockFact(entry: Availability, changedAt: string) {
  return { productId: entry.productId, inStock: entry.inStock, available: entry.quantity, changedAt };
}
