import type { Cart } from '@bazaar/contracts/cart';
import type { CatalogClient } from '../clients/catalog.client.js';
import { findCartLines } from '../data/cart-lines.repository.js';
import type { CartDb } from '../data/cart-schema.js';
import { priceCart } from '../domain/price-cart.js';

/** A shopper's cart at the catalog's current prices (an empty cart asks the catalog nothing). */
export async function getCart(db: CartDb, catalog: CatalogClient, userId: string): Promise<Cart> {
  const lines = await findCartLines(db, userId);
  if (lines.length === 0) return priceCart([], new Map());
  const products = await catalog.findProducts(lines.map((line) => line.productId));
  return priceCart(lines, products);
}
