import { shippingRoutes } from '@bazaar/contracts/shipping';
import { baseUrlList, createServiceClient, serviceUnavailable, unauthenticated } from '@bazaar/platform';

/** What shipping said when asked to stop an order's shipment. */
export type ShipmentStopAnswer = 'stopped' | 'already-left';

/** Asks shipping, as the shopper whose request is being served, to stop their order's shipment. */
export interface ShipmentStopper {
  stopShipmentOf(orderId: string): Promise<ShipmentStopAnswer>;
  close(): Promise<void>;
}

/** The stopper over the shipping service at `shippingUrl` (comma-separated replicas). */
export function createShipmentStopper(shippingUrl: string): ShipmentStopper {
  const client = createServiceClient({ name: 'shipping', baseUrls: baseUrlList(shippingUrl) });
  return {
    async stopShipmentOf(orderId) {
      const answer = await client.call(shippingRoutes.stopShipment, { params: { orderId } });
      if (answer.status === 200) return 'stopped';
      if (answer.status === 409) return 'already-left';
      if (answer.status === 401) throw unauthenticated('The shipping service did not accept the caller.');
      throw serviceUnavailable(`shipping answered ${answer.status} to a stop.`);
    },
    close: () => client.close(),
  };
}
