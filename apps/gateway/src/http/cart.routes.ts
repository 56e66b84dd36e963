import { cartRoutes } from '@bazaar/contracts/cart';
import { publicCartRoutes } from '@bazaar/contracts/gateway';
import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { Upstreams } from '../upstreams.js';
import { relay } from './relay.js';

/** The signed-in shopper's cart, relayed to the cart service. */
export function registerCartRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  const options = { onRequest: guards.requireUser };
  const { cart } = upstreams;
  registerRoute(
    app,
    publicCartRoutes.getCart,
    async (_request, reply) => relay(reply, await cart.call(cartRoutes.getCart, {})),
    options,
  );
  registerRoute(
    app,
    publicCartRoutes.addCartItem,
    async (request, reply) => relay(reply, await cart.call(cartRoutes.addCartItem, { body: request.body })),
    options,
  );
  registerRoute(
    app,
    publicCartRoutes.setCartItem,
    async (request, reply) =>
      relay(reply, await cart.call(cartRoutes.setCartItem, { params: request.params, body: request.body })),
    options,
  );
  registerRoute(
    app,
    publicCartRoutes.removeCartItem,
    async (request, reply) =>
      relay(reply, await cart.call(cartRoutes.removeCartItem, { params: request.params })),
    options,
  );
}
