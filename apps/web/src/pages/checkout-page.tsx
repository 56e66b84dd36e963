// Checkout: shipping address and card, checked field by field before anything is sent. One
// idempotency key per attempt, kept while the details stay the same, so a double click or a retry
// can only ever return the same order.
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { shop } from '../api/shop-api.ts';
import { ApiError } from '../api/api-error.ts';
import { useResource } from '../hooks/use-resource.ts';
import { formatMoney } from '../format/money.ts';
import { Field } from '../components/field.tsx';
import { Empty, ErrorNote, Loading } from '../components/states.tsx';
import { TestCardHint } from '../components/test-card-hint.tsx';
import {
  checkoutProblems,
  checkoutRequest,
  emptyCheckout,
  formField,
  newIdempotencyKey,
  type CheckoutValues,
} from './checkout-form.ts';

/** The checkout page (signed in). */
export function CheckoutPage() {
  const cart = useResource(() => shop.cart(), []);
  const { route } = useLocation();
  const [values, setValues] = useState<CheckoutValues>(emptyCheckout);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submitting = useRef(false);
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (submitting.current) return;
    const found = checkoutProblems(values, new Date());
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem(found);
    const request = checkoutRequest(values);
    const body = JSON.stringify(request);
    if (attempt.current?.body !== body) attempt.current = { key: newIdempotencyKey(), body };
    submitting.current = true;
    setBusy(true);
    setFailure(null);
    try {
      const { order } = await shop.checkout(request, attempt.current.key);
      route(`/orders/${encodeURIComponent(order.id)}?placed=1`);
    } catch (error) {
      if (error instanceof ApiError)
        setProblems(
          Object.fromEntries(Object.entries(error.fields).map(([field, text]) => [formField(field), text])),
        );
      setFailure(error);
      submitting.current = false;
      setBusy(false);
    }
  };
  if (cart.error) return <ErrorNote error={cart.error} retry={cart.reload} />;
  if (!cart.data) return <Loading what="Loading your cart" />;
  if (cart.data.items.length === 0)
    return (
      <Empty>
        Your cart is empty. <a href="/search">Find something you like</a>.
      </Empty>
    );
  const bind = (name: keyof CheckoutValues) => ({
    name,
    value: values[name],
    error: problems[name],
    onInput: (event: Event) =>
      setValues({ ...values, [name]: (event.currentTarget as HTMLInputElement).value }),
  });
  return (
    <>
      <h1>Checkout</h1>
      <p>
        {itemCount(cart.data.items)}, total <strong>{formatMoney(cart.data.total)}</strong>
      </p>
      <form class="checkout" onSubmit={submit} noValidate aria-busy={busy ? 'true' : 'false'}>
        <fieldset>
          <legend>Shipping address</legend>
          <Field label="Full name" autoComplete="shipping name" {...bind('name')} />
          <Field label="Street address" autoComplete="shipping address-line1" {...bind('line1')} />
          <Field
            label="Apartment, suite (optional)"
            autoComplete="shipping address-line2"
            {...bind('line2')}
          />
          <Field label="City" autoComplete="shipping address-level2" {...bind('city')} />
          <Field label="Postal code" autoComplete="shipping postal-code" {...bind('postalCode')} />
          <div class="field">
            <label for="field-country">Country</label>
            <select
              id="field-country"
              value={values.country}
              onChange={(event) => setValues({ ...values, country: event.currentTarget.value })}
            >
              {countries.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>Card</legend>
          <TestCardHint />
          <Field label="Card number" inputMode="numeric" autoComplete="cc-number" {...bind('cardNumber')} />
          <div class="row">
            <Field
              label="Expiry (MM/YY)"
              inputMode="numeric"
              autoComplete="cc-exp"
              placeholder="MM/YY"
              {...bind('expiry')}
            />
            <Field label="Security code" inputMode="numeric" autoComplete="cc-csc" {...bind('cvc')} />
          </div>
        </fieldset>
        {failure ? <ErrorNote error={failure} /> : null}
        <button type="submit" class="button primary wide" disabled={busy}>
          {busy ? 'Placing your order…' : `Place order · ${formatMoney(cart.data.total)}`}
        </button>
      </form>
    </>
  );
}

const countries = [
  ['US', 'United States'],
  ['CA', 'Canada'],
  ['GB', 'United Kingdom'],
  ['DE', 'Germany'],
  ['FR', 'France'],
  ['NL', 'Netherlands'],
  ['AU', 'Australia'],
] as const;

function itemCount(lines: Array<{ quantity: number }>): string {
  const count = lines.reduce((sum, line) => sum + line.quantity, 0);
  return count === 1 ? '1 item' : `${count} items`;
}

function focusFirstProblem(problems: Record<string, string>): void {
  const first = Object.keys(problems)[0];
  if (first) document.getElementById(`field-${first}`)?.focus();
}
