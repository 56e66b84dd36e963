import { startPeriodicJob, type PeriodicJob, type ServiceResources } from '@bazaar/platform';
import { findDueShipments } from '../data/shipments.repository.js';
import type { ShippingSchema } from '../data/shipping-schema.js';
import { advanceShipment, type AdvanceCollaborators } from '../use-cases/advance-shipment.js';

/** The clock that moves due shipments along; start it after the bus, stop it before closing. */
export interface ShipmentClock {
  start(): void;
  /** Stops ticking and waits for the tick in flight. */
  stop(): Promise<void>;
}

const batchSize = 100;

/** Creates a clock that, every `tickMs`, moves each due shipment one step. Ticks never overlap. */
export function createShipmentClock(
  collaborators: AdvanceCollaborators & { logger: ServiceResources<ShippingSchema>['logger'] },
  tickMs: number,
): ShipmentClock {
  let job: PeriodicJob | undefined;
  const moveDueShipments = async () => {
    const due = await findDueShipments(collaborators.database.db, new Date().toISOString(), batchSize);
    for (const shipment of due) await advanceShipment(collaborators, shipment);
  };
  return {
    start() {
      job ??= startPeriodicJob({
        intervalMs: tickMs,
        run: moveDueShipments,
        onError: (error) => collaborators.logger.warn({ err: error }, 'shipment clock tick failed'),
      });
    },
    async stop() {
      await job?.stop();
      job = undefined;
    },
  };
}
