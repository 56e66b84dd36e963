import type { Order } from '@bazaar/contracts/orders';
import type { OrdersDb } from './orders-schema.js';

/** One status change of an order: its index in the history and the order as it stood right after. */
export interface StatusChangeRecord {
  sequence: number;
  order: Order;
}

/** Stores the order as it stood after change `sequence`; a change already stored is left as it is. */
export async function insertStatusChange(db: OrdersDb, change: StatusChangeRecord): Promise<void> {
  await db
    .insertInto('order_status_changes')
    .values({
      order_id: change.order.id,
      sequence: change.sequence,
      status: change.order.status,
      order_json: JSON.stringify(change.order),
    })
    .onConflict((conflict) => conflict.columns(['order_id', 'sequence']).doNothing())
    .execute();
}

/** The highest change index stored for the order, or -1 when none is. */
export async function lastStoredSequence(db: OrdersDb, orderId: string): Promise<number> {
  const row = await db
    .selectFrom('order_status_changes')
    .select((eb) => eb.fn.max('sequence').as('last'))
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? -1 : Number(row.last);
}

/** The order's changes after index `after` in order; with `latestOnly`, just the newest one. */
export async function findStatusChanges(
  db: OrdersDb,
  orderId: string,
  options: { after: number; latestOnly?: boolean },
): Promise<StatusChangeRecord[]> {
  const rows = await db
    .selectFrom('order_status_changes')
    .select(['sequence', 'order_json'])
    .where('order_id', '=', orderId)
    .where('sequence', '>', options.after)
    .orderBy('sequence', options.latestOnly ? 'desc' : 'asc')
    .$if(options.latestOnly === true, (query) => query.limit(1))
    .execute();
  return rows.map((row) => ({ sequence: Number(row.sequence), order: JSON.parse(row.order_json) as Order }));
}
