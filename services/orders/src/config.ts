import Type from 'typebox';
import { commonConfig, portConfig, serviceDatabaseConfig } from '@bazaar/platform';

/** Every configuration key the orders service reads, with its default and meaning. */
export const ordersConfigSchema = Type.Object({
  ...commonConfig,
  ...portConfig(7107),
  ...serviceDatabaseConfig('orders'),
  CART_URL: Type.String({
    default: 'http://127.0.0.1:7105',
    description: 'cart base URL(s), comma-separated; checkout reads the caller’s cart there',
  }),
  SHIPPING_URL: Type.String({
    default: 'http://127.0.0.1:7109',
    description:
      'shipping base URL(s), comma-separated; cancelling a paid order stops its shipment there first',
  }),
  LIVE_KEEP_ALIVE_MS: Type.Integer({
    default: 15_000,
    minimum: 100,
    description: 'how often an idle live stream (GET /orders/:id/events) sends a keep-alive comment',
  }),
});

/** The orders service's validated configuration. */
export type OrdersConfig = Type.Static<typeof ordersConfigSchema>;
