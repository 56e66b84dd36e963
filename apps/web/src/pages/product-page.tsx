// A product: picture, price, availability, adding to the cart, and products bought with it. Shows
// what it has when availability or recommendations are degraded.
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { ProductDetail } from '@bazaar/contracts/gateway';
import { shop } from '../api/shop-api.ts';
import { ApiError } from '../api/api-error.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useSession } from '../hooks/use-session.ts';
import { formatMoney } from '../format/money.ts';
import { ProductGrid } from '../components/product-card.tsx';
import { ErrorNote, Loading } from '../components/states.tsx';

/** The product page. */
export function ProductPage() {
  const { params } = useRoute();
  const product = useResource((signal) => shop.product(params.id ?? '', signal), [params.id]);
  if (product.error) return <ErrorNote error={product.error} retry={product.reload} />;
  if (!product.data) return <Loading what="Loading the product" />;
  const item = product.data;
  return (
    <>
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href="/">Home</a> › <a href={`/category/${item.category}`}>{item.category}</a> ›{' '}
        <span aria-current="page">{item.name}</span>
      </nav>
      <article class="product">
        <img src={item.imageUrl} alt={item.name} width={480} height={480} class="product-image" />
        <div class="product-info">
          <h1>{item.name}</h1>
          <p class="price">{formatMoney(item.price)}</p>
          <Availability product={item} />
          <p>{item.description}</p>
          <AddToCart product={item} />
        </div>
      </article>
      <Related product={item} />
    </>
  );
}

function Availability({ product }: { product: ProductDetail }) {
  if (!product.availability)
    return <p class="badge muted">We can’t check stock right now — you can still order.</p>;
  if (!product.availability.inStock) return <p class="badge warn">Sold out</p>;
  const few = product.availability.quantity <= 5;
  return <p class="badge ok">{few ? `Only ${product.availability.quantity} left` : 'In stock'}</p>;
}

function AddToCart({ product }: { product: ProductDetail }) {
  const user = useSession();
  const [quantity, setQuantity] = useState(1);
  const [state, setState] = useState<{ busy: boolean; message?: string; failed?: boolean }>({ busy: false });
  if (!user)
    return (
      <p>
        <a class="button" href={`/login?next=/products/${product.id}`}>
          Log in to buy
        </a>
      </p>
    );
  const soldOut = product.availability?.inStock === false;
  const add = async (event: Event) => {
    event.preventDefault();
    setState({ busy: true });
    try {
      await shop.addToCart(product.id, quantity);
      setState({ busy: false, message: `Added ${quantity} to your cart.` });
    } catch (error) {
      setState({
        busy: false,
        failed: true,
        message: error instanceof ApiError ? error.message : String(error),
      });
    }
  };
  return (
    <form class="buy" onSubmit={add}>
      <div class="field inline">
        <label for="quantity">Quantity</label>
        <select
          id="quantity"
          value={String(quantity)}
          onChange={(event) => setQuantity(Number(event.currentTarget.value))}
        >
          {Array.from({ length: 10 }, (_, index) => index + 1).map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button primary" disabled={state.busy || soldOut}>
        {soldOut ? 'Sold out' : 'Add to cart'}
      </button>
      <p role="status" class={state.failed ? 'error' : 'ok'}>
        {state.message}
        {state.message && !state.failed && (
          <>
            {' '}
            <a href="/cart">View cart</a>
          </>
        )}
      </p>
    </form>
  );
}

function Related({ product }: { product: ProductDetail }) {
  if (product.recommendations === null) {
    return <p class="muted">Recommendations are taking a break; they will be back soon.</p>;
  }
  if (product.recommendations.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">You may also like</h2>
      <ProductGrid products={product.recommendations} label="Recommended products" />
    </section>
  );
}
