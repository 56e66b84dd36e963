// The cart: change a quantity, remove a line, see the total, go to checkout.
import { useState } from 'preact/hooks';
import type { Cart, CartLine } from '@bazaar/contracts/cart';
import { shop } from '../api/shop-api.ts';
import { useResource } from '../hooks/use-resource.ts';
import { formatMoney } from '../format/money.ts';
import { Empty, ErrorNote, Loading } from '../components/states.tsx';

/** The cart page (signed in). */
export function CartPage() {
  const cart = useResource(() => shop.cart(), []);
  const [failure, setFailure] = useState<unknown>(null);
  const change = (update: Promise<Cart>) =>
    update.then(
      (next) => (setFailure(null), cart.set(next)),
      (error: unknown) => setFailure(error),
    );
  if (cart.error) return <ErrorNote error={cart.error} retry={cart.reload} />;
  if (!cart.data) return <Loading what="Loading your cart" />;
  return (
    <>
      <h1>Your cart</h1>
      {failure ? <ErrorNote error={failure} /> : null}
      {cart.data.items.length === 0 ? (
        <Empty>
          Your cart is empty. <a href="/search">Find something you like</a>.
        </Empty>
      ) : (
        <>
          <ul class="lines" aria-label="Cart items">
            {cart.data.items.map((line) => (
              <Line
                key={line.productId}
                line={line}
                onQuantity={(quantity) => change(shop.setQuantity(line.productId, quantity))}
                onRemove={() => change(shop.removeLine(line.productId))}
              />
            ))}
          </ul>
          <p class="total">
            Total <strong>{formatMoney(cart.data.total)}</strong>
          </p>
          <a class="button primary" href="/checkout">
            Check out
          </a>
        </>
      )}
    </>
  );
}

function Line(props: { line: CartLine; onQuantity(quantity: number): void; onRemove(): void }) {
  const { line } = props;
  const id = `qty-${line.productId}`;
  return (
    <li class="line">
      <a href={`/products/${line.productId}`} class="line-name">
        {line.name}
      </a>
      <span class="muted">{formatMoney(line.unitPrice)} each</span>
      <span class="field inline">
        <label for={id}>Quantity of {line.name}</label>
        <input
          id={id}
          type="number"
          min={1}
          max={99}
          inputMode="numeric"
          value={line.quantity}
          onChange={(event) => {
            const quantity = Math.round(Number(event.currentTarget.value));
            if (quantity >= 1 && quantity <= 99) props.onQuantity(quantity);
          }}
        />
      </span>
      <span class="line-total">{formatMoney(line.lineTotal)}</span>
      <button
        type="button"
        class="button secondary"
        aria-label={`Remove ${line.name}`}
        onClick={props.onRemove}
      >
        Remove
      </button>
    </li>
  );
}
