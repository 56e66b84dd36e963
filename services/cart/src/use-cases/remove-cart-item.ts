import type { Cart } from '@bazaar/contracts/cart';
import type { CatalogClient } from '../clients/catalog.client.js';
import { removeLine } from '../data/cart-lines.repository.js';
import type { CartDb } from '../data/cart-schema.js';
import { getCart } from './get-cart.js';

/** Removes a product's line from the shopper's cart; removing one that is not there changes nothing. */
export async function removeCartItem(
  db: CartDb,
  catalog: CatalogClient,
  userId: string,
  productId: string,
): Promise<Cart> {
  await removeLine(db, userId, productId);
  return getCart(db, catalog, userId);
}
