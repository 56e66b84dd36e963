// The processes `npm start` runs, in start order. Adding a service is one `service(...)` line.

/** One process the runner starts and supervises. */
export interface ProcessSpec {
  /** Name used in SERVICE_INSTANCE, in <NAME>_URL and in the log tag. */
  readonly name: string;
  /** Package folder relative to the repo root; the process runs `<dir>/dist/main.bundle.js`. */
  readonly dir: string;
  /** Offset (1–99) from SERVICE_PORT_BASE, or 'public' for the one process that listens on PORT. */
  readonly port: number | 'public';
  /**
   * Publishes events on its very first start (demo data, the admin account): it starts once every
   * other process is ready, so the queues of all consumers exist before its first event is routed.
   */
  readonly publishesOnFirstStart?: boolean;
}

const service = (name: string, portOffset: number, publishesOnFirstStart = false): ProcessSpec => ({
  name,
  dir: `services/${name}`,
  port: portOffset,
  ...(publishesOnFirstStart ? { publishesOnFirstStart } : {}),
});

/**
 * Every process of the local system, in start order: services first, the public gateway last;
 * those that publish on their first start come after the rest are ready (see start-waves.ts).
 */
export const topology: readonly ProcessSpec[] = [
  service('identity', 1, true),
  service('catalog', 2, true),
  service('inventory', 6),
  service('cart', 5),
  service('orders', 7),
  service('payments', 8),
  service('shipping', 9),
  service('notifications', 10),
  service('recommendations', 4),
  service('search', 3),
  { name: 'gateway', dir: 'apps/gateway', port: 'public' },
];
