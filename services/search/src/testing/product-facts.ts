// Test and bench support: catalog products and the events that describe them.
import { randomUUID } from 'node:crypto';
import { productImagePath, type Product, type ProductCreated } from '@bazaar/contracts/catalog';
import type { StockChanged } from '@bazaar/contracts/inventory';

/** What a test says about a product; the rest gets a default. */
export interface ProductSketch {
  name: string;
  description?: string;
  category?: string;
  price?: number;
  sku?: string;
  id?: string;
  at?: string;
}

/** A catalog product from a sketch, with a unique id and sku unless given. */
export function catalogProduct(sketch: ProductSketch): Product {
  const suffix = randomUUID().slice(0, 8).toUpperCase();
  const sku = sketch.sku ?? `TST-${suffix}`;
  const at = sketch.at ?? new Date().toISOString();
  return {
    id: sketch.id ?? `prd_${suffix.toLowerCase()}`,
    sku,
    name: sketch.name,
    description: sketch.description ?? '',
    category: sketch.category ?? 'audio',
    price: { amount: sketch.price ?? 1_000, currency: 'USD' },
    imageUrl: productImagePath(sku),
    createdAt: at,
    updatedAt: at,
  };
}

/** The facts catalog events carry for a product, as of its `updatedAt`. */
export function productFacts(product: Product): ProductCreated {
  const { id, sku, name, description, category, price, updatedAt } = product;
  return { productId: id, sku, name, description, category, price, occurredAt: updatedAt };
}

/** `inventory.stock.changed` saying `available` units of a product can be bought. */
export function stockChanged(
  productId: string,
  available: number,
  changedAt = new Date().toISOString(),
  version?: number,
): StockChanged {
  return {
    productId,
    onHand: available,
    reserved: 0,
    available,
    inStock: available > 0,
    changedAt,
    ...(version ? { version } : {}),
  };
}
