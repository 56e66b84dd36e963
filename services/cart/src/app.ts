import { createAuthGuards, createHttpServer, type HttpApp, type ServiceResources } from '@bazaar/platform';
import type { CatalogClient } from './clients/catalog.client.js';
import type { CartConfig } from './config.js';
import type { CartSchema } from './data/cart-schema.js';
import { subscribeClearOnOrderPaid } from './events/clear-on-order-paid.js';
import { registerCartRoutes } from './http/cart.routes.js';

/** What the cart app is built from: its configuration, its opened resources and the catalog client. */
export interface CartAppDeps {
  config: CartConfig;
  resources: ServiceResources<CartSchema>;
  catalog: CatalogClient;
}

/** Builds the cart's HTTP app and declares its bus subscription; it owns database, bus and client from now on. */
export async function buildApp({ resources, catalog }: CartAppDeps): Promise<HttpApp> {
  const app = await createHttpServer({
    ...resources.httpOptions,
    description: 'Carts: one per shopper, priced from the catalog when read.',
  });
  app.addHook('onClose', () => catalog.close());
  const guards = createAuthGuards(resources.verifyToken);
  registerCartRoutes(app, { database: resources.database, catalog, guards });
  subscribeClearOnOrderPaid(resources.bus);
  return app;
}
