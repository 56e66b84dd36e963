import { inventoryRoutes } from '@bazaar/contracts/inventory';
import { registerRoute, type HttpApp } from '@bazaar/platform';
import type { InventoryDatabase } from '../data/inventory-schema.js';
import { getAvailability } from '../use-cases/get-availability.js';
import { listAvailability } from '../use-cases/list-availability.js';

/** Registers the public availability reads the gateway uses for product lists and pages. */
export function registerAvailabilityRoutes(app: HttpApp, database: InventoryDatabase): void {
  registerRoute(app, inventoryRoutes.listAvailability, async (request) =>
    listAvailability(database.db, request.query.ids.split(',')),
  );
  registerRoute(app, inventoryRoutes.getAvailability, async (request) =>
    getAvailability(database.db, request.params.productId),
  );
}
