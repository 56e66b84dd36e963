import Type from 'typebox';
import { baseUrlList, commonConfig, portConfig } from '@bazaar/platform';
import { upstreamConfig } from './upstream-config.js';

/** The gateway's configuration: where the services are, and the edge's limits. */
export const configSchema = Type.Object({
  ...commonConfig,
  ...portConfig(8080),
  ...upstreamConfig,
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
  TRUSTED_PROXIES: Type.Integer({
    default: 0,
    minimum: 0,
    maximum: 10,
    description:
      'proxies in front of the gateway whose X-Forwarded-For is believed (a hop count); 0: the socket address is the client',
  }),
  REDIS_URL: Type.Optional(
    Type.String({
      pattern: '^rediss?://',
      description: 'a Redis server the rate limits are counted in, shared by every gateway; unset: in memory',
    }),
  ),
  RATE_LIMIT_KEY_PREFIX: Type.String({
    default: 'bazaar:gateway:rate-limit:',
    minLength: 1,
    description: 'prefix of the rate-limit keys in Redis',
  }),
  UPSTREAM_TIMEOUT_MS: Type.Integer({
    default: 3000,
    minimum: 50,
    description: 'timeout of each call to a service',
  }),
  RUNNER_CONTROL_FILE: Type.Optional(
    Type.String({
      description:
        "the local runner's control file (npm start sets it); unset: the console cannot stop instances",
    }),
  ),
  REQUEST_DEADLINE_MS: Type.Integer({
    default: 4000,
    minimum: 100,
    description: 'deadline of a public API request (its calls and retries fit in it)',
  }),
  CHECKOUT_DEADLINE_MS: Type.Integer({
    default: 6000,
    minimum: 100,
    description: 'deadline of POST /api/checkout (tokenize the card, then place the order)',
  }),
  OPTIONAL_PART_BUDGET_MS: Type.Integer({
    default: 300,
    minimum: 10,
    description: 'budget of each optional part of a composed answer (stock, recommendations)',
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
export const baseUrls = baseUrlList;
