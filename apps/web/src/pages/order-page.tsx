// An order's confirmation and detail: its status followed live, the timeline, lines and shipment.
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Order } from '@bazaar/contracts/orders';
import { shop } from '../api/shop-api.ts';
import { useLiveOrder } from '../hooks/use-live-order.ts';
import { cancellationMessage, statusLabel } from '../format/messages.ts';
import { formatDateTime, formatMoney } from '../format/money.ts';
import { ErrorNote, Loading } from '../components/states.tsx';
import { OrderTimeline } from '../components/order-timeline.tsx';

/** The order page (signed in, the order's owner). */
export function OrderPage() {
  const { params, query } = useRoute();
  const { order, live, error, replace } = useLiveOrder(params.id ?? '');
  if (error && !order) return <ErrorNote error={error} />;
  if (!order) return <Loading what="Loading your order" />;
  return (
    <>
      {query.placed ? <h1>Thank you, your order is placed</h1> : <h1>Order {order.id}</h1>}
      <StatusPanel order={order} live={live} />
      <OrderTimeline order={order} />
      <section aria-labelledby="items-heading">
        <h2 id="items-heading">Items</h2>
        <ul class="lines" aria-label="Order items">
          {order.items.map((line) => (
            <li class="line" key={line.productId}>
              <a class="line-name" href={`/products/${line.productId}`}>
                {line.name}
              </a>
              <span>× {line.quantity}</span>
              <span class="line-total">{formatMoney(line.lineTotal)}</span>
            </li>
          ))}
        </ul>
        <p class="total">
          Total <strong>{formatMoney(order.total)}</strong>
        </p>
      </section>
      <Details order={order} />
      <CancelButton order={order} onCancelled={replace} />
    </>
  );
}

function StatusPanel({ order, live }: { order: Order; live: boolean }) {
  const cancelled = order.status === 'cancelled';
  return (
    <section class={cancelled ? 'status-panel cancelled' : 'status-panel'} aria-labelledby="status-heading">
      <h2 id="status-heading">Status</h2>
      <p class="status" role="status" aria-live="polite" data-status={order.status}>
        {statusLabel(order.status)}
      </p>
      {cancelled && (
        <p role="alert" class="error">
          {cancellationMessage(order.cancellationReason)}
        </p>
      )}
      {order.refundedAt && <p>Your payment was refunded on {formatDateTime(order.refundedAt)}.</p>}
      {live && (
        <p class="muted">
          <span class="pulse" aria-hidden="true" /> Updating live
        </p>
      )}
    </section>
  );
}

function Details({ order }: { order: Order }) {
  const address = order.shippingAddress;
  return (
    <section class="details" aria-labelledby="details-heading">
      <h2 id="details-heading">Delivery and payment</h2>
      <p>
        {address.name}, {address.line1}
        {address.line2 ? `, ${address.line2}` : ''}, {address.postalCode} {address.city}, {address.country}
      </p>
      {order.payment && (
        <p>
          Paid with {order.payment.brand} ending in {order.payment.last4}
        </p>
      )}
      {order.shipment ? (
        <p>
          Shipment {order.shipment.trackingNumber}: {order.shipment.status.replace('_', ' ')}
        </p>
      ) : (
        <p class="muted">
          {order.status === 'cancelled'
            ? 'Nothing will be shipped.'
            : 'Your shipment is created once the order is paid.'}
        </p>
      )}
      <p class="muted">Placed {formatDateTime(order.createdAt)}</p>
    </section>
  );
}

function CancelButton({ order, onCancelled }: { order: Order; onCancelled(order: Order): void }) {
  const [failure, setFailure] = useState<unknown>(null);
  if (!['pending', 'awaiting_payment', 'paid'].includes(order.status)) return null;
  const cancel = () => shop.cancelOrder(order.id).then(onCancelled, setFailure);
  return (
    <div>
      {failure ? <ErrorNote error={failure} /> : null}
      <button type="button" class="button secondary" onClick={cancel}>
        Cancel this order
      </button>
    </div>
  );
}
