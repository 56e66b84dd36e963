import {
  ChangeSignals,
  createAuthGuards,
  createHttpServer,
  type HttpApp,
  type ServiceResources,
} from '@bazaar/platform';
import { createCartReader, type CartReader } from './clients/cart.client.js';
import { createShipmentStopper } from './clients/shipping.client.js';
import type { OrdersConfig } from './config.js';
import type { OrdersSchema } from './data/orders-schema.js';
import { subscribeCancelOrderOnPaymentFailed } from './events/cancel-order-on-payment-failed.js';
import { subscribeCancelOrderOnReservationExpired } from './events/cancel-order-on-reservation-expired.js';
import { subscribeCancelOrderOnShipmentStopped } from './events/cancel-order-on-shipment-stopped.js';
import { subscribeCancelOrderOnStockRejected } from './events/cancel-order-on-stock-rejected.js';
import { subscribeMarkOrderPaidOnPaymentSucceeded } from './events/mark-order-paid-on-payment-succeeded.js';
import { subscribeRecordRefundOnRefundCompleted } from './events/record-refund-on-refund-completed.js';
import { subscribeRequestPaymentOnStockReserved } from './events/request-payment-on-stock-reserved.js';
import { subscribeTrackShipment } from './events/track-shipment.js';
import { subscribePushOrderStatusLive } from './events/push-order-status-live.js';
import { registerOrderEventRoutes } from './http/order-events.routes.js';
import { registerCheckoutRoutes } from './http/checkout.routes.js';
import { registerOrderAdminRoutes } from './http/order-admin.routes.js';
import { registerOrderRoutes } from './http/orders.routes.js';
import type { SagaDeps } from './use-cases/apply-saga-step.js';

/** What the orders app is built from: its configuration, its resources and (optionally) a cart reader. */
export interface OrdersAppDeps {
  config: OrdersConfig;
  resources: ServiceResources<OrdersSchema>;
  cart?: CartReader;
}

/** Builds the orders app: its routes and the saga's subscriptions (start the bus afterwards). */
export async function buildApp({ config, resources, cart }: OrdersAppDeps): Promise<HttpApp> {
  const app = await createHttpServer({
    ...resources.httpOptions,
    description: 'Orders and the checkout saga: order state, payment and stock outcomes, shipment progress.',
  });
  const cartReader = cart ?? createCartReader(config.CART_URL);
  const shipping = createShipmentStopper(config.SHIPPING_URL);
  app.addHook('onClose', async () => {
    await cartReader.close();
    await shipping.close();
  });
  const guards = createAuthGuards(resources.verifyToken);
  const { database, bus, logger } = resources;
  registerCheckoutRoutes(app, { database, bus, cart: cartReader }, guards);
  registerOrderRoutes(app, { database, bus, logger, shipping }, guards);
  registerOrderAdminRoutes(app, database, guards);
  const signals = new ChangeSignals();
  registerOrderEventRoutes(
    app,
    { database, signals, logger, keepAliveMs: config.LIVE_KEEP_ALIVE_MS },
    guards,
  );
  subscribePushOrderStatusLive(bus, signals);
  subscribeSagaSteps({ bus, logger });
  return app;
}

function subscribeSagaSteps(deps: SagaDeps): void {
  subscribeRequestPaymentOnStockReserved(deps);
  subscribeCancelOrderOnStockRejected(deps);
  subscribeMarkOrderPaidOnPaymentSucceeded(deps);
  subscribeCancelOrderOnPaymentFailed(deps);
  subscribeCancelOrderOnReservationExpired(deps);
  subscribeTrackShipment(deps);
  subscribeCancelOrderOnShipmentStopped(deps);
  subscribeRecordRefundOnRefundCompleted(deps);
}
