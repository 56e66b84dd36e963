import { defineRoute, problemResponses } from '../routes/index.js';
import { AddCartItemBody, Cart, CartItemParams, SetCartItemBody } from './cart.js';

const tags = ['cart'];

/** The cart service's operations: the signed-in shopper's own cart, priced from the catalog. */
export const cartRoutes = {
  getCart: defineRoute({
    method: 'GET',
    path: '/cart',
    summary: 'Your cart at current prices',
    tags,
    responses: { 200: Cart, ...problemResponses(401, 503) },
  }),
  addCartItem: defineRoute({
    method: 'POST',
    path: '/cart/items',
    summary: 'Add units of a product to its line (a line holds 1–99)',
    tags,
    body: AddCartItemBody,
    responses: { 200: Cart, ...problemResponses(400, 401, 404, 413, 415, 503) },
  }),
  setCartItem: defineRoute({
    method: 'PUT',
    path: '/cart/items/:productId',
    summary: "Set a line's units; 0 removes it",
    tags,
    params: CartItemParams,
    body: SetCartItemBody,
    responses: { 200: Cart, ...problemResponses(400, 401, 404, 413, 415, 503) },
  }),
  removeCartItem: defineRoute({
    method: 'DELETE',
    path: '/cart/items/:productId',
    summary: 'Remove a line',
    tags,
    params: CartItemParams,
    responses: { 200: Cart, ...problemResponses(400, 401, 503) },
  }),
};
