import Fastify from 'fastify';
import type { ShipmentStopAnswer } from '../clients/shipping.client.js';

/** A stop request the test holds until it decides shipping's answer. */
export interface HeldStop {
  /** Resolves once orders' stop request for the order has reached shipping. */
  arrived: Promise<void>;
  /** Sends shipping's answer to the held request. */
  answer(outcome: ShipmentStopAnswer | 'unavailable'): void;
}

/** A stand-in for shipping's `POST /shipments/of-order/:orderId/stop`, whose answers the test decides. */
export interface StubShippingServer {
  url: string;
  /** What shipping answers, from now on, when no stop is held: `stopped` at first. */
  answerWith(outcome: ShipmentStopAnswer | 'unavailable'): void;
  /** Holds the next stop request for `orderId` until the test answers it. */
  hold(orderId: string): HeldStop;
  /** The order ids of every stop request received, in order, and the caller each came with. */
  requests: { orderId: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

const problems = {
  'already-left': { status: 409, code: 'SHIPMENT_ALREADY_LEFT', title: 'The shipment has left' },
  unavailable: { status: 503, code: 'SERVICE_UNAVAILABLE', title: 'Unavailable' },
} as const;

/** Starts the stub on a free port. */
export async function startStubShippingServer(): Promise<StubShippingServer> {
  let standing: ShipmentStopAnswer | 'unavailable' = 'stopped';
  const held = new Map<
    string,
    { arrive: () => void; decided: Promise<ShipmentStopAnswer | 'unavailable'> }
  >();
  const requests: StubShippingServer['requests'] = [];
  const server = Fastify();
  server.post<{ Params: { orderId: string } }>(
    '/shipments/of-order/:orderId/stop',
    async (request, reply) => {
      const { orderId } = request.params;
      requests.push({ orderId, authorization: request.headers.authorization });
      const hold = held.get(orderId);
      held.delete(orderId);
      hold?.arrive();
      const outcome = hold ? await hold.decided : standing;
      if (outcome === 'stopped')
        return { orderId, shipmentId: `shp_${orderId}`, stoppedAt: new Date().toISOString() };
      const problem = problems[outcome];
      return reply
        .status(problem.status)
        .type('application/problem+json')
        .send({ type: 'about:blank', ...problem });
    },
  );
  const address = await server.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    answerWith: (outcome) => void (standing = outcome),
    hold(orderId) {
      let arrive!: () => void;
      let answer!: (outcome: ShipmentStopAnswer | 'unavailable') => void;
      const arrived = new Promise<void>((resolve) => (arrive = resolve));
      const decided = new Promise<ShipmentStopAnswer | 'unavailable'>((resolve) => (answer = resolve));
      held.set(orderId, { arrive, decided });
      return { arrived, answer };
    },
    requests,
    close: () => server.close(),
  };
}
