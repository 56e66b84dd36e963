import { inventoryRoutes } from '@bazaar/contracts/inventory';
import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { InventoryBus, InventoryDatabase } from '../data/inventory-schema.js';
import { getStockLevel } from '../use-cases/get-stock-level.js';
import { setStock } from '../use-cases/set-stock.js';

/** Registers the admin's stock count: `PUT` and `GET /admin/stock/:productId`. */
export function registerStockAdminRoutes(
  app: HttpApp,
  deps: { database: InventoryDatabase; bus: InventoryBus; guards: AuthGuards },
): void {
  // Checked before the body is read, so strangers learn nothing from validation answers.
  const options = { onRequest: deps.guards.requireAdmin };
  registerRoute(
    app,
    inventoryRoutes.setStock,
    async (request) => setStock(deps.database, deps.bus, request.params.productId, request.body.quantity),
    options,
  );
  registerRoute(
    app,
    inventoryRoutes.getStock,
    async (request) => getStockLevel(deps.database.db, request.params.productId),
    options,
  );
}
