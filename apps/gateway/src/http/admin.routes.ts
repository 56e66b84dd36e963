import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import { catalogRoutes } from '@bazaar/contracts/catalog';
import { inventoryRoutes } from '@bazaar/contracts/inventory';
import { publicAdminRoutes as routes } from '@bazaar/contracts/gateway';
import type { Upstreams } from '../upstreams.js';
import { gatherDeadLetters, replayDeadLetter } from '../use-cases/gather-dead-letters.js';
import { relay } from './relay.js';

/** Admin routes, checked for the admin role here and again by the owning service. */
export function registerAdminRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  const options = { onRequest: guards.requireAdmin };
  const { catalog, inventory } = upstreams;
  registerRoute(
    app,
    routes.createProduct,
    async (request, reply) =>
      relay(reply, await catalog.call(catalogRoutes.createProduct, { body: request.body })),
    options,
  );
  registerRoute(
    app,
    routes.updateProduct,
    async (request, reply) =>
      relay(
        reply,
        await catalog.call(catalogRoutes.updateProduct, { params: request.params, body: request.body }),
      ),
    options,
  );
  registerRoute(
    app,
    routes.setStock,
    async (request, reply) =>
      relay(
        reply,
        await inventory.call(inventoryRoutes.setStock, { params: request.params, body: request.body }),
      ),
    options,
  );
  registerRoute(
    app,
    routes.getStock,
    async (request, reply) =>
      relay(reply, await inventory.call(inventoryRoutes.getStock, { params: request.params })),
    options,
  );
  registerRoute(app, routes.listDeadLetters, async () => gatherDeadLetters(upstreams), options);
  registerRoute(
    app,
    routes.replayDeadLetter,
    async (request, reply) => relay(reply, await replayDeadLetter(upstreams, request.params.id)),
    options,
  );
}
