import type { OrderStatus } from '@bazaar/contracts/orders';
import { followChanges, type ChangeSignals, type EventStream } from '@bazaar/platform';
import { toOrderView } from '../domain/order-view.js';
import type { OrdersDb } from '../data/orders-schema.js';
import { findOrderById } from '../data/orders.repository.js';
import { findStatusChanges, type StatusChangeRecord } from '../data/status-changes.repository.js';

/** What following an order needs: its database, this process's signals, a logger. */
export interface FollowOrderDeps {
  db: OrdersDb;
  signals: ChangeSignals;
  logger: { warn(details: object, message: string): void };
}

const terminal: readonly OrderStatus[] = ['delivered', 'cancelled'];

/**
 * Streams an order's status changes, each as `{ id: <index in its history>, data: Order }`:
 * without `after`, first the current state; with it, every change after that one, none twice.
 * Ends once a terminal status (delivered, cancelled) has been sent, or at once when the client
 * already has it.
 */
export function followOrderChanges(
  deps: FollowOrderDeps,
  stream: EventStream,
  order: { id: string; after: number | undefined },
): void {
  let last = order.after;
  followChanges({
    signals: deps.signals,
    key: order.id,
    stream,
    onError: (error) => deps.logger.warn({ err: error, orderId: order.id }, 'orders: live stream failed'),
    catchUp: async () => {
      const changes = await changesToSend(deps.db, order.id, last);
      for (const change of changes) {
        stream.send({ id: change.sequence, data: change.order });
        last = change.sequence;
        if (terminal.includes(change.order.status)) return 'done';
      }
      if (changes.length > 0 || last === undefined) return 'more';
      const [latest] = await findStatusChanges(deps.db, order.id, { after: -1, latestOnly: true });
      return latest && latest.sequence <= last && terminal.includes(latest.order.status) ? 'done' : 'more';
    },
  });
}

async function changesToSend(
  db: OrdersDb,
  orderId: string,
  after: number | undefined,
): Promise<StatusChangeRecord[]> {
  if (after !== undefined) return findStatusChanges(db, orderId, { after });
  const latest = await findStatusChanges(db, orderId, { after: -1, latestOnly: true });
  if (latest.length > 0) return latest;
  // an order placed before changes were stored: its current state is where the stream starts
  const current = await findOrderById(db, orderId);
  return current ? [{ sequence: current.history.length - 1, order: toOrderView(current) }] : [];
}
