import type { HttpApp } from '@bazaar/platform';
import type { InventoryBus, InventoryDatabase } from '../data/inventory-schema.js';
import { expireReservations } from '../use-cases/expire-reservations.js';

/** What the sweeper works on and how often. */
export interface ReservationSweeperDeps {
  database: InventoryDatabase;
  bus: InventoryBus;
  intervalMs: number;
}

/**
 * Starts releasing expired reservations every `intervalMs` (call it after the bus starts and before
 * the app listens); the app stops it before it closes the database.
 */
export function startReservationSweeper(app: HttpApp, deps: ReservationSweeperDeps): void {
  let isStopped = false;
  let sweeping: Promise<void> | undefined;
  const sweep = async () => {
    try {
      const released = await expireReservations(deps.database, deps.bus);
      if (released > 0) app.log.info({ released }, 'released expired reservations');
    } catch (error) {
      if (!isStopped) app.log.warn({ err: error }, 'sweeping expired reservations failed; trying again');
    }
  };
  const timer = setInterval(() => {
    if (isStopped || sweeping) return; // a slow sweep is not overtaken by the next one
    sweeping = sweep().finally(() => (sweeping = undefined));
  }, deps.intervalMs);
  timer.unref();
  app.addHook('preClose', async () => {
    isStopped = true;
    clearInterval(timer);
    await sweeping;
  });
}
