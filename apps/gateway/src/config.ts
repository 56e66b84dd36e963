import Type from 'typebox';
import { commonConfig, portConfig } from '@bazaar/platform';

function serviceUrl(name: string, port: number) {
  return Type.String({
    default: `http://127.0.0.1:${port}`,
    description: `${name} base URL(s), comma-separated`,
  });
}

/** The gateway's configuration: where the services are, and the edge's limits. */
export const configSchema = Type.Object({
  ...commonConfig,
  ...portConfig(8080),
  CATALOG_URL: serviceUrl('catalog', 7102),
  CART_URL: serviceUrl('cart', 7105),
  INVENTORY_URL: serviceUrl('inventory', 7106),
  ORDERS_URL: serviceUrl('orders', 7107),
  PAYMENTS_URL: serviceUrl('payments', 7108),
  SHIPPING_URL: serviceUrl('shipping', 7109),
  NOTIFICATIONS_URL: serviceUrl('notifications', 7110),
  RECOMMENDATIONS_URL: serviceUrl('recommendations', 7104),
  SEARCH_URL: serviceUrl('search', 7103),
  RATE_LIMIT_PER_MINUTE: Type.Integer({
    default: 1200,
    minimum: 1,
    description: 'requests per client per minute',
  }),
  AUTH_RATE_LIMIT_PER_MINUTE: Type.Integer({
    default: 20,
    minimum: 1,
    description: 'login and signup attempts per client per minute',
  }),
  UPSTREAM_TIMEOUT_MS: Type.Integer({
    default: 3000,
    minimum: 50,
    description: 'timeout of each call to a service',
  }),
  BODY_LIMIT_BYTES: Type.Integer({
    default: 64 * 1024,
    minimum: 1024,
    description: 'largest accepted request body',
  }),
});

/** The gateway's validated configuration. */
export type GatewayConfig = Type.Static<typeof configSchema>;

/** Splits a comma-separated list of base URLs. */
export function baseUrls(list: string): string[] {
  return list
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}
