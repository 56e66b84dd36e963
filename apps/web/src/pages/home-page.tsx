// Home: the categories, products in stock now, and picks: this shopper's, or the best sellers.
import { shop } from '../api/shop-api.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useSession } from '../hooks/use-session.ts';
import { ProductGrid } from '../components/product-card.tsx';
import { ErrorNote, Loading } from '../components/states.tsx';

/** The home page. */
export function HomePage() {
  const user = useSession();
  const categories = useResource((signal) => shop.categories(signal), []);
  const featured = useResource(
    (signal) => shop.search(new URLSearchParams({ inStock: 'true', sort: 'newest', pageSize: '8' }), signal),
    [],
  );
  const picks = useResource(() => (user ? shop.picks() : shop.popular()), [user?.id]);
  return (
    <>
      <section class="hero">
        <h1>Find something good today</h1>
        <p>Hundreds of products in a dozen categories, shipped the same day they are paid.</p>
      </section>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Shop by category</h2>
        {categories.error ? <ErrorNote error={categories.error} retry={categories.reload} /> : null}
        {categories.loading && !categories.data ? <Loading what="Loading categories" /> : null}
        <ul class="chips">
          {categories.data?.items.map((category) => (
            <li key={category.id}>
              <a class="chip" href={`/category/${category.id}`}>
                {category.name} <span class="muted">({category.productCount})</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      {picks.data && picks.data.items.length > 0 && (
        <section aria-labelledby="picks-heading">
          <h2 id="picks-heading">
            {picks.data.strategy === 'popular' ? 'Popular right now' : 'Recommended for you'}
          </h2>
          <ProductGrid products={picks.data.items} label="Recommended products" />
        </section>
      )}
      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading">New and in stock</h2>
        {featured.error ? <ErrorNote error={featured.error} retry={featured.reload} /> : null}
        {featured.loading && !featured.data ? <Loading what="Loading products" /> : null}
        {featured.data && <ProductGrid products={featured.data.items} label="New products" />}
      </section>
    </>
  );
}
