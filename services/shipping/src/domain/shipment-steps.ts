import type { ShipmentStatus } from '@bazaar/contracts/shipping';

/** The status a shipment moves to on its next step, or null when it moves no more. */
export function nextStatusOf(status: ShipmentStatus): 'shipped' | 'delivered' | null {
  if (status === 'label_created') return 'shipped';
  if (status === 'shipped') return 'delivered';
  return null;
}

/** When a shipment that just reached `status` is due to move again, or null when never. */
export function nextStepAt(status: ShipmentStatus, now: Date, stepMs: number): string | null {
  return nextStatusOf(status) ? new Date(now.getTime() + stepMs).toISOString() : null;
}
