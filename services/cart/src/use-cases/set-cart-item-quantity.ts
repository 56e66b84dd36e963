import type { Cart } from '@bazaar/contracts/cart';
import { notFound } from '@bazaar/platform';
import type { CatalogClient } from '../clients/catalog.client.js';
import { removeLine, setLineQuantity } from '../data/cart-lines.repository.js';
import type { CartDb } from '../data/cart-schema.js';
import { getCart } from './get-cart.js';

/** Sets the units of a line in the shopper's cart (0 removes it); 404 when the cart has no such line. */
export async function setCartItemQuantity(
  db: CartDb,
  catalog: CatalogClient,
  userId: string,
  change: { productId: string; quantity: number },
): Promise<Cart> {
  const isChanged =
    change.quantity === 0
      ? await removeLine(db, userId, change.productId)
      : await setLineQuantity(db, userId, change.productId, change.quantity);
  if (!isChanged) throw notFound(`Your cart has no line for product ${change.productId}.`);
  return getCart(db, catalog, userId);
}
