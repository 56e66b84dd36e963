// The books of a soak: the stock before, every accepted order's end, each order's payments, and
// the checks a Jepsen-style report counts — lost, applied twice, oversold, uncompensated.
import { fetchJson } from './http.js';
import { inBatches, paymentsOf } from './invariants.js';
import type { Shopper } from './shop.js';
import type { RunningSystem } from './system.js';
import { credentialOf } from './service-credential.js';

/** A product's stock as inventory reports it. */
export interface StockLevel {
  onHand: number;
  reserved: number;
  available: number;
}

/** An order as orders stores it (read as an admin), the parts the books need. */
export interface SettledOrder {
  id: string;
  status: string;
  items: Array<{ productId: string; quantity: number }>;
}

/** What the books found: each count must be 0. */
export interface LedgerFindings {
  accepted: number;
  paid: number;
  cancelled: number;
  lost: number;
  doubleCharges: number;
  uncompensated: number;
  oversold: number;
  stockMismatches: number;
}

const kept = ['paid', 'shipped', 'delivered'];

/** Every product id, as the catalog lists them. */
export async function productIds(system: RunningSystem): Promise<string[]> {
  const ids: string[] = [];
  // the catalog's list, not search's: search may still be indexing the demo catalog
  for (let page = 1; ; page += 1) {
    const answer = await fetchJson<{ items: Array<{ id: string }>; total: number }>(
      `${system.baseUrl}/api/products?pageSize=100&page=${page}`,
    );
    ids.push(...answer.body.items.map((item) => item.id));
    if (answer.body.items.length === 0 || ids.length >= answer.body.total) return ids;
  }
}

/** The stock of every product, by id. */
export async function stockLevels(admin: Shopper, ids: string[]): Promise<Map<string, StockLevel>> {
  const levels = await inBatches(ids, 10, async (id) => {
    const answer = await admin.call<StockLevel>(`/api/admin/inventory/${id}`);
    if (answer.status !== 200) throw new Error(`stock of ${id}: ${answer.status}`);
    return [id, answer.body] as const;
  });
  return new Map(levels);
}

/** An order as orders stores it, asked of the orders service directly (as the gateway); undefined when it is not there. */
export async function storedOrder(
  system: RunningSystem,
  admin: Shopper,
  id: string,
): Promise<SettledOrder | undefined> {
  const orders = (await system.pids()).processes.find((child) => child.name === 'orders');
  if (!orders) throw new Error('orders is not running');
  const answer = await fetchJson<SettledOrder>(`http://127.0.0.1:${orders.port}/admin/orders/${id}`, {
    headers: { ...(await credentialOf(system, 'gateway', 'orders')), ...admin.headers },
  });
  if (answer.status === 404) return undefined;
  if (answer.status !== 200) throw new Error(`order ${id}: ${answer.status}`);
  return answer.body;
}

/** Checks the books: every accepted order found and settled, charged once if kept, refunded if not, stock conserved. */
export async function auditLedger(
  system: RunningSystem,
  admin: Shopper,
  orders: Array<SettledOrder | undefined>,
  before: Map<string, StockLevel>,
  after: Map<string, StockLevel>,
): Promise<LedgerFindings> {
  const found = orders.filter((order): order is SettledOrder => order !== undefined);
  const payments = await inBatches(found, 10, async (order) => ({
    order,
    statuses: (await paymentsOf(system, admin, order.id)).map((payment) => payment.status),
  }));
  const isKept = (order: SettledOrder) => kept.includes(order.status);
  const captured = (statuses: string[]) => statuses.filter((status) => status === 'captured').length;
  const sold = new Map<string, number>();
  for (const order of found.filter(isKept)) {
    for (const item of order.items) sold.set(item.productId, (sold.get(item.productId) ?? 0) + item.quantity);
  }
  const levels = [...after.entries()];
  return {
    accepted: orders.length,
    paid: found.filter(isKept).length,
    cancelled: found.filter((order) => order.status === 'cancelled').length,
    lost: orders.length - found.length + found.filter((o) => !isKept(o) && o.status !== 'cancelled').length,
    doubleCharges: payments.filter(({ statuses }) => statuses.filter((s) => s !== 'failed').length > 1)
      .length,
    uncompensated: payments.filter(({ order, statuses }) => captured(statuses) !== (isKept(order) ? 1 : 0))
      .length,
    oversold: levels.filter(([, level]) => level.onHand < 0 || level.available < 0).length,
    stockMismatches: levels.filter(
      ([id, level]) =>
        (before.get(id)?.onHand ?? 0) - level.onHand !== (sold.get(id) ?? 0) || level.reserved !== 0,
    ).length,
  };
}
