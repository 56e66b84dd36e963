// Test support: orders started in-process as main.ts starts it, with stub cart and shipping and a bus peer.
import type { HttpApp } from '@bazaar/platform';
import {
  createTestBusPeer,
  createTestDatabaseLocation,
  createTestTokenIssuer,
  startServiceInProcess,
  type TestBusPeer,
  type TestDatabaseLocation,
  type TestTokenIssuer,
} from '@bazaar/platform/testing';
import type { DatabaseEngine } from '@bazaar/platform';
import {
  OrderCancelled,
  OrderPaid,
  OrderPlaced,
  PaymentRequested,
  RefundRequested,
} from '@bazaar/contracts/orders';
import type { Order } from '@bazaar/contracts/orders';
import { ordersService } from '../service.js';
import { startStubCartServer, type StubCartServer } from './stub-cart-server.js';
import { startStubShippingServer, type StubShippingServer } from './stub-shipping-server.js';

/** The orders service running in-process on `engine`, with a stub cart and a bus peer around it. */
export interface OrdersTestApp {
  app: HttpApp;
  /** Publishes inventory/payments/shipping events and captures what orders publishes. */
  peer: TestBusPeer;
  cart: StubCartServer;
  /** Stands in for shipping's stop; the test decides (and can hold) its answers. */
  shipping: StubShippingServer;
  /** Authorization headers of a signed-in customer (or admin). */
  signIn(userId: string, role?: 'customer' | 'admin'): Promise<Record<string, string>>;
  /** Waits until an order (read as an admin) satisfies `isReady`, and returns it. */
  waitForOrder(orderId: string, isReady: (order: Order) => boolean): Promise<Order>;
  /** How many events a subscription queue has handled so far. */
  handledCount(queue: string): Promise<number>;
  /** Starts a second replica on the same database and broker (it shares this one's bus peer and tokens). */
  startReplica(): Promise<OrdersTestApp>;
  close(): Promise<void>;
}

interface SharedPlace {
  location: TestDatabaseLocation;
  peer: TestBusPeer;
  cart: StubCartServer;
  shipping: StubShippingServer;
  issuer: TestTokenIssuer;
}

/** Starts orders as main.ts does (resources, app, bus), against a fresh database and data folder. */
export async function startOrdersTestApp(engine: DatabaseEngine): Promise<OrdersTestApp> {
  const location = createTestDatabaseLocation('orders', engine);
  const cart = await startStubCartServer();
  const shipping = await startStubShippingServer();
  const peer = await createTestBusPeer({
    dataDir: location.location.dataDir,
    listenTo: [OrderPlaced, PaymentRequested, OrderPaid, OrderCancelled, RefundRequested],
  });
  const issuer = await createTestTokenIssuer();
  const replica = await startReplica({ location, peer, cart, shipping, issuer });
  return {
    ...replica,
    close: async () => {
      await replica.close();
      await peer.close();
      await cart.close();
      await shipping.close();
      await location.cleanup();
    },
  };
}

async function startReplica(place: SharedPlace): Promise<OrdersTestApp> {
  const { location, peer, cart, shipping, issuer } = place;
  const { app, resources } = await startServiceInProcess(ordersService, {
    location: location.location,
    env: { CART_URL: cart.url, SHIPPING_URL: shipping.url },
    verifyToken: issuer.verifier,
  });
  const admin = { authorization: `Bearer ${await issuer.sign({ sub: 'usr_admin', role: 'admin' })}` };
  return {
    app,
    peer,
    cart,
    shipping,
    signIn: async (sub, role = 'customer') => ({
      authorization: `Bearer ${await issuer.sign({ sub, role })}`,
    }),
    waitForOrder: (orderId, isReady) => pollOrder(app, admin, orderId, isReady),
    handledCount: async (queue) => {
      const metric = await resources.metricsRegistry.getSingleMetric('bus_events_handled_total')?.get();
      return (metric?.values ?? [])
        .filter((value) => value.labels.queue === queue)
        .reduce((sum, value) => sum + value.value, 0);
    },
    startReplica: () => startReplica(place),
    close: () => app.close(),
  };
}

async function pollOrder(
  app: HttpApp,
  admin: Record<string, string>,
  orderId: string,
  isReady: (order: Order) => boolean,
): Promise<Order> {
  const deadline = Date.now() + 10_000;
  let order: Order | undefined;
  while (Date.now() < deadline) {
    order = (await app.inject({ method: 'GET', url: `/admin/orders/${orderId}`, headers: admin })).json();
    if (order && isReady(order)) return order;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`order ${orderId} did not get there in time; it is ${JSON.stringify(order)}`);
}
