import Type, { type TOptional, type TString } from 'typebox';
import { telemetryConfig } from '../tracing/telemetry-config.js';

/** The configuration keys every service process understands, with safe development defaults. */
export const commonConfig = {
  BAZAAR_ENV: Type.Union([Type.Literal('production'), Type.Literal('development')], {
    default: 'production',
    description:
      'development (set by `npm start`): the refresh cookie is not Secure and no HSTS is sent, for plain http on one machine',
  }),
  HOST: Type.String({ default: '127.0.0.1', description: 'address to listen on (0.0.0.0 in containers)' }),
  DATA_DIR: Type.String({
    default: './.data',
    description: 'folder for SQLite files, keys and the embedded broker',
  }),
  DATABASE_URL: Type.Optional(
    Type.String({
      pattern: '^postgres(ql)?://',
      description: 'PostgreSQL server URL; each service uses bazaar_<service> on it',
    }),
  ),
  BUS_URL: Type.Optional(
    Type.String({
      description:
        'amqp://… for RabbitMQ (every node of a cluster, comma-separated); unset for the embedded broker',
    }),
  ),
  LOG_LEVEL: Type.Union(
    ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info', description: 'minimum log level' },
  ),
  LOG_FORMAT: Type.Optional(
    Type.Union([Type.Literal('json'), Type.Literal('pretty')], {
      description: 'json, or pretty for people (default: pretty when stdout is a terminal)',
    }),
  ),
  SERVICE_INSTANCE: Type.Optional(Type.String({ description: 'name of this replica in logs and metrics' })),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({
    default: 10_000,
    minimum: 0,
    description: 'drain deadline on SIGTERM',
  }),
  SHED_EVENT_LOOP_DELAY_MS: Type.Integer({
    default: 1000,
    minimum: 0,
    description: 'event-loop delay beyond which requests get a fast 503 OVERLOADED (0: off)',
  }),
  SHED_HEAP_USED_BYTES: Type.Integer({
    default: 0,
    minimum: 0,
    description: 'heap in use beyond which requests get a fast 503 OVERLOADED (0: off)',
  }),
  SHED_MAX_IN_FLIGHT: Type.Integer({
    default: 1000,
    minimum: 0,
    description: 'requests served at once beyond which new ones get a fast 503 OVERLOADED (0: off)',
  }),
  SERVICE_KEY: Type.Optional(
    Type.String({
      description:
        "this process's private Ed25519 JWK (JSON) that signs its credential for the services it calls (the runner provisions it)",
    }),
  ),
  SERVICE_PUBLIC_KEYS: Type.Optional(
    Type.String({
      description:
        "every process's public JWK by name (JSON): checks callers' credentials; unset: every call but health is refused",
    }),
  ),
  METRICS_TOKEN: Type.Optional(
    Type.String({ description: 'bearer token that may read /metrics alone (a local Prometheus)' }),
  ),
  IDENTITY_URL: Type.String({
    default: 'http://127.0.0.1:7101',
    description: 'identity base URL(s), comma-separated; its JWKS verifies access tokens',
  }),
  ...telemetryConfig,
};

/** Returns the port key for a service, defaulting to the given port. */
export function portConfig(defaultPort: number) {
  return {
    PORT: Type.Integer({
      default: defaultPort,
      minimum: 0,
      maximum: 65535,
      description: 'port to listen on',
    }),
  };
}

/** Returns the `<SERVICE>_DATABASE_URL` key that gives one service its own database URL. */
export function serviceDatabaseConfig<N extends string>(service: N) {
  const key = `${service.toUpperCase()}_DATABASE_URL` as `${Uppercase<N>}_DATABASE_URL`;
  return {
    [key]: Type.Optional(Type.String({ description: `PostgreSQL URL of ${service}'s own database` })),
  } as Record<`${Uppercase<N>}_DATABASE_URL`, TOptional<TString>>;
}
