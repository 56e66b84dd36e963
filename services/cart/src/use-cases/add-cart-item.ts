import { maxLineQuantity, type AddCartItemBody, type Cart } from '@bazaar/contracts/cart';
import { notFound, validationFailed } from '@bazaar/platform';
import type { CatalogClient } from '../clients/catalog.client.js';
import { addToLine } from '../data/cart-lines.repository.js';
import type { CartDb } from '../data/cart-schema.js';
import { getCart } from './get-cart.js';

/**
 * Adds units of a product the catalog knows to the shopper's line for it; 404 for an unknown
 * product, 400 naming `body.quantity` when the line would hold more than 99.
 */
export async function addCartItem(
  db: CartDb,
  catalog: CatalogClient,
  userId: string,
  item: AddCartItemBody,
): Promise<Cart> {
  const known = await catalog.findProducts([item.productId]);
  if (!known.has(item.productId)) throw notFound(`There is no product ${item.productId}.`);
  if (!(await addToLine(db, userId, item.productId, item.quantity))) {
    const message = `a line holds at most ${maxLineQuantity}; this would take it over`;
    throw validationFailed([{ field: 'body.quantity', message }]);
  }
  return getCart(db, catalog, userId);
}
