import { createAuthGuards, createHttpServer, type HttpApp, type ServiceResources } from '@bazaar/platform';
import type { InventoryConfig } from './config.js';
import type { InventorySchema } from './data/inventory-schema.js';
import { subscribeCommitSale } from './events/commit-sale-on-order-paid.js';
import { subscribeReleaseStock } from './events/release-stock-on-order-cancelled.js';
import { subscribeReserveStock } from './events/reserve-stock-on-order-placed.js';
import { subscribeTrackProducts } from './events/track-products.js';
import { registerAvailabilityRoutes } from './http/availability.routes.js';
import { registerStockAdminRoutes } from './http/stock-admin.routes.js';

/** What the inventory app is built from: its configuration and its opened resources. */
export interface InventoryAppDeps {
  config: InventoryConfig;
  resources: ServiceResources<InventorySchema>;
}

/** Builds inventory's HTTP app and declares its bus subscriptions; it owns database and bus from now on. */
export async function buildApp({ config, resources }: InventoryAppDeps): Promise<HttpApp> {
  const app = await createHttpServer({
    ...resources.httpOptions,
    description: 'Inventory: stock on hand and the reservations that hold it for orders.',
  });
  const guards = createAuthGuards(resources.verifyToken);
  const { database, bus } = resources;
  registerAvailabilityRoutes(app, database);
  registerStockAdminRoutes(app, { database, bus, guards });
  subscribeTrackProducts(bus, config.DEMO_STOCK);
  subscribeReserveStock(bus, config.RESERVATION_TTL_SECONDS);
  subscribeCommitSale(bus);
  subscribeReleaseStock(bus);
  return app;
}
