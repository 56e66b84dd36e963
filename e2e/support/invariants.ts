// Checks of the system-wide invariants after a burst of checkouts.
import { fetchJson } from './http.js';
import { credentialOf } from './service-credential.js';
import type { Order, Shopper } from './shop.js';
import type { RunningSystem } from './system.js';

/** Statuses an order ends in, or rests in until shipping moves it. */
export const settledStatuses = ['paid', 'shipped', 'delivered', 'cancelled'];

/** Whether an order was paid (and possibly shipped since). */
export const isPaid = (order: Order) => ['paid', 'shipped', 'delivered'].includes(order.status);

/** Captured and refunded payments of an order, asked of the payments service directly (admin, as the gateway). */
export async function paymentsOf(system: RunningSystem, admin: Shopper, orderId: string) {
  const payments = (await system.pids()).processes.find((child) => child.name === 'payments');
  if (!payments) throw new Error('payments is not running');
  const answer = await fetchJson<{ items: Array<{ status: string }> }>(
    `http://127.0.0.1:${payments.port}/admin/payments?orderId=${orderId}`,
    { headers: { ...(await credentialOf(system, 'gateway', 'payments')), ...admin.headers } },
  );
  if (answer.status !== 200) throw new Error(`payments answered ${answer.status}`);
  return answer.body.items;
}

/** Runs `work` for every item with at most `limit` at once. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += limit) {
    results.push(...(await Promise.all(items.slice(start, start + limit).map(work))));
  }
  return results;
}
