import { createAuthGuards, createHttpServer, type HttpApp, type ServiceResources } from '@bazaar/platform';
import { createShipmentClock } from './clock/shipment-clock.js';
import type { ShippingConfig } from './config.js';
import type { ShippingSchema } from './data/shipping-schema.js';
import { subscribeCancelShipmentOnOrderCancelled } from './events/cancel-shipment-on-order-cancelled.js';
import { subscribeCreateShipmentOnOrderPaid } from './events/create-shipment-on-order-paid.js';
import { registerShipmentRoutes } from './http/shipments.routes.js';

/** What shipping is built from. */
export interface ShippingAppDeps {
  config: ShippingConfig;
  resources: ServiceResources<ShippingSchema>;
}

/**
 * Builds shipping's HTTP app and declares its subscriptions. The shipment clock starts when the
 * app is ready (after `bus.start()` in main) and stops before the bus and database close.
 */
export async function buildApp({ config, resources }: ShippingAppDeps): Promise<HttpApp> {
  const app = await createHttpServer({
    ...resources.httpOptions,
    description: 'Shipping: one shipment per paid order, moved label_created → shipped → delivered.',
  });
  const guards = createAuthGuards(resources.verifyToken);
  registerShipmentRoutes(app, resources, guards);
  subscribeCreateShipmentOnOrderPaid(resources, config.SHIPPING_STEP_MS);
  subscribeCancelShipmentOnOrderCancelled(resources);
  const clock = createShipmentClock(
    {
      database: resources.database,
      bus: resources.bus,
      logger: resources.logger,
      stepMs: config.SHIPPING_STEP_MS,
    },
    config.SHIPPING_TICK_MS,
  );
  app.addHook('onReady', async () => clock.start());
  app.addHook('preClose', async () => clock.stop());
  return app;
}
