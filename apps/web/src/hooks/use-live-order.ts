// An order kept up to date by its event stream (GET /api/orders/:id/events): the first event is
// the current state, then one per status change, until a terminal status has been sent.
import { useEffect, useState } from 'preact/hooks';
import type { Order } from '@bazaar/contracts/orders';
import { followEventStream } from '../api/event-stream.ts';
import { ApiError } from '../api/api-error.ts';
import { shop } from '../api/shop-api.ts';

/** What the order page shows: the order, whether the live connection is up, and a load error. */
export interface LiveOrder {
  order: Order | undefined;
  live: boolean;
  error: unknown;
  replace(order: Order): void;
}

const terminal = new Set(['delivered', 'cancelled']);

/** The order by id, loaded once and then followed live. */
export function useLiveOrder(id: string): LiveOrder {
  const [order, setOrder] = useState<Order | undefined>(undefined);
  const [live, setLive] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let latest: Order | undefined;
    const keep = (next: Order) => {
      if (latest && latest.updatedAt > next.updatedAt) return; // an older answer arriving late
      latest = next;
      setOrder(next);
    };
    shop.order(id).then(keep, setError);
    const stop = followEventStream<Order>(`/api/orders/${encodeURIComponent(id)}/events`, {
      onEvent: keep,
      onConnection: setLive,
      onRefused: (status) => {
        setLive(false);
        if (status === 404) setError(new ApiError(404, { code: 'NOT_FOUND' }));
      },
      isFinished: () => latest !== undefined && terminal.has(latest.status),
    });
    return () => {
      setLive(false);
      stop();
    };
  }, [id]);
  return {
    order,
    live: live && order !== undefined && !terminal.has(order.status),
    error,
    replace: setOrder,
  };
}
