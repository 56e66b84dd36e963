import { cartRoutes } from '@bazaar/contracts/cart';
import { registerRoute, signedInUserId, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { CatalogClient } from '../clients/catalog.client.js';
import type { CartDatabase } from '../data/cart-schema.js';
import { addCartItem } from '../use-cases/add-cart-item.js';
import { getCart } from '../use-cases/get-cart.js';
import { removeCartItem } from '../use-cases/remove-cart-item.js';
import { setCartItemQuantity } from '../use-cases/set-cart-item-quantity.js';

/** What the cart routes work with. */
export interface CartRouteDeps {
  database: CartDatabase;
  catalog: CatalogClient;
  guards: AuthGuards;
}

/** Registers the signed-in shopper's cart (declared in contracts): read it, add, set, remove a line. */
export function registerCartRoutes(app: HttpApp, { database, catalog, guards }: CartRouteDeps): void {
  const db = database.db;
  const options = { onRequest: guards.requireUser };
  registerRoute(
    app,
    cartRoutes.getCart,
    async (request) => getCart(db, catalog, signedInUserId(request)),
    options,
  );
  registerRoute(
    app,
    cartRoutes.addCartItem,
    async (request) => addCartItem(db, catalog, signedInUserId(request), request.body),
    options,
  );
  registerRoute(
    app,
    cartRoutes.setCartItem,
    async (request) =>
      setCartItemQuantity(db, catalog, signedInUserId(request), { ...request.params, ...request.body }),
    options,
  );
  registerRoute(
    app,
    cartRoutes.removeCartItem,
    async (request) => removeCartItem(db, catalog, signedInUserId(request), request.params.productId),
    options,
  );
}
