import type { ServiceResources } from '@bazaar/platform';
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
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> | null = null;
  const moveDueShipments = async () => {
    const due = await findDueShipments(collaborators.database.db, new Date().toISOString(), batchSize);
    for (const shipment of due) await advanceShipment(collaborators, shipment);
  };
  const tick = () => {
    if (inFlight) return;
    inFlight = moveDueShipments()
      .catch((error: unknown) => collaborators.logger.warn({ err: error }, 'shipment clock tick failed'))
      .finally(() => {
        inFlight = null;
      });
  };
  return {
    start() {
      if (timer) return;
      timer = setInterval(tick, tickMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await inFlight;
    },
  };
}
