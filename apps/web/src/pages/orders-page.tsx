// The shopper's orders, newest first.
import { useRoute } from 'preact-iso';
import { shop } from '../api/shop-api.ts';
import { useResource } from '../hooks/use-resource.ts';
import { statusLabel } from '../format/messages.ts';
import { formatDateTime, formatMoney } from '../format/money.ts';
import { Pager } from '../components/pager.tsx';
import { Empty, ErrorNote, Loading } from '../components/states.tsx';

/** The order history page (signed in). */
export function OrdersPage() {
  const { query } = useRoute();
  const page = Math.max(1, Number(query.page) || 1);
  const orders = useResource(() => shop.orders(page), [page]);
  if (orders.error) return <ErrorNote error={orders.error} retry={orders.reload} />;
  if (!orders.data) return <Loading what="Loading your orders" />;
  return (
    <>
      <h1>Your orders</h1>
      {orders.data.total === 0 && (
        <Empty>
          No orders yet. <a href="/">Start shopping</a>.
        </Empty>
      )}
      <ul class="lines" aria-label="Orders">
        {orders.data.items.map((order) => (
          <li class="line" key={order.id}>
            <a class="line-name" href={`/orders/${order.id}`}>
              Order of {formatDateTime(order.createdAt)}
            </a>
            <span>{order.items.map((line) => line.name).join(', ')}</span>
            <span class={`badge status-${order.status}`}>{statusLabel(order.status)}</span>
            <span class="line-total">{formatMoney(order.total)}</span>
          </li>
        ))}
      </ul>
      <Pager page={page} pageSize={10} total={orders.data.total} hrefFor={(next) => `/orders?page=${next}`} />
    </>
  );
}
