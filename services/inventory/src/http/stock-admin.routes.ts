import { SetStockBody, StockLevel, StockProductParams } from '@bazaar/contracts/inventory';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { InventoryBus, InventoryDatabase } from '../data/inventory-schema.js';
import { getStockLevel } from '../use-cases/get-stock-level.js';
import { setStock } from '../use-cases/set-stock.js';
import { problemResponses } from './problem-responses.js';

/** Registers the admin's stock count: `PUT` and `GET /admin/stock/:productId`. */
export function registerStockAdminRoutes(
  app: HttpApp,
  deps: { database: InventoryDatabase; bus: InventoryBus; guards: AuthGuards },
): void {
  app.put(
    '/admin/stock/:productId',
    {
      // Checked before the body is read, so strangers learn nothing from validation answers.
      onRequest: deps.guards.requireAdmin,
      schema: {
        tags: ['stock admin'],
        summary: "Set a product's units on hand (admin); 409 below what is reserved",
        params: StockProductParams,
        body: SetStockBody,
        response: { 200: StockLevel, ...problemResponses(400, 401, 403, 409, 415) },
      },
    },
    async (request) => setStock(deps.database, deps.bus, request.params.productId, request.body.quantity),
  );

  app.get(
    '/admin/stock/:productId',
    {
      onRequest: deps.guards.requireAdmin,
      schema: {
        tags: ['stock admin'],
        summary: "A product's units on hand, reserved and available (admin)",
        params: StockProductParams,
        response: { 200: StockLevel, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getStockLevel(deps.database.db, request.params.productId),
  );
}
