import { startPeriodicJob, type HttpApp } from '@bazaar/platform';
import type { InventoryBus, InventoryDatabase } from '../data/inventory-schema.js';
import { expireReservations } from '../use-cases/expire-reservations.js';

/** What the sweeper works on and how often. */
export interface ReservationSweeperDeps {
  database: InventoryDatabase;
  bus: InventoryBus;
  intervalMs: number;
}

/**
 * Starts releasing expired reservations every `intervalMs` (a start hook: after the bus starts and
 * before the app listens); a slow sweep is not overtaken, and the app stops it before it closes.
 */
export function startReservationSweeper(app: HttpApp, deps: ReservationSweeperDeps): void {
  const job = startPeriodicJob({
    intervalMs: deps.intervalMs,
    run: async () => {
      const released = await expireReservations(deps.database, deps.bus);
      if (released > 0) app.log.info({ released }, 'released expired reservations');
    },
    onError: (error) => app.log.warn({ err: error }, 'sweeping expired reservations failed; trying again'),
  });
  app.addHook('preClose', () => job.stop());
}
