import { AddCartItemBody, Cart, CartItemParams, SetCartItemBody } from '@bazaar/contracts/cart';
import { unauthenticated, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { FastifyRequest } from 'fastify';
import type { CatalogClient } from '../clients/catalog.client.js';
import type { CartDatabase } from '../data/cart-schema.js';
import { addCartItem } from '../use-cases/add-cart-item.js';
import { getCart } from '../use-cases/get-cart.js';
import { removeCartItem } from '../use-cases/remove-cart-item.js';
import { setCartItemQuantity } from '../use-cases/set-cart-item-quantity.js';
import { problemResponses } from './problem-responses.js';

/** What the cart routes work with. */
export interface CartRouteDeps {
  database: CartDatabase;
  catalog: CatalogClient;
  guards: AuthGuards;
}

/** Registers the signed-in shopper's cart: read it, add to a line, set a line, remove a line. */
export function registerCartRoutes(app: HttpApp, { database, catalog, guards }: CartRouteDeps): void {
  const db = database.db;
  const tags = ['cart'];
  app.get(
    '/cart',
    {
      onRequest: guards.requireUser,
      schema: {
        tags,
        summary: 'Your cart at current prices',
        response: { 200: Cart, ...problemResponses(401, 503) },
      },
    },
    async (request) => getCart(db, catalog, shopperOf(request)),
  );
  app.post(
    '/cart/items',
    {
      onRequest: guards.requireUser,
      schema: {
        tags,
        summary: 'Add units of a product to its line (a line holds 1–99)',
        body: AddCartItemBody,
        response: { 200: Cart, ...problemResponses(400, 401, 404, 415, 503) },
      },
    },
    async (request) => addCartItem(db, catalog, shopperOf(request), request.body),
  );
  app.put(
    '/cart/items/:productId',
    {
      onRequest: guards.requireUser,
      schema: {
        tags,
        summary: "Set a line's units; 0 removes it",
        params: CartItemParams,
        body: SetCartItemBody,
        response: { 200: Cart, ...problemResponses(400, 401, 404, 415, 503) },
      },
    },
    async (request) =>
      setCartItemQuantity(db, catalog, shopperOf(request), { ...request.params, ...request.body }),
  );
  app.delete(
    '/cart/items/:productId',
    {
      onRequest: guards.requireUser,
      schema: {
        tags,
        summary: 'Remove a line',
        params: CartItemParams,
        response: { 200: Cart, ...problemResponses(401, 503) },
      },
    },
    async (request) => removeCartItem(db, catalog, shopperOf(request), request.params.productId),
  );
}

/** The signed-in shopper whose cart this is: the token's subject, never a parameter. */
function shopperOf(request: FastifyRequest): string {
  if (!request.user) throw unauthenticated();
  return request.user.id;
}
