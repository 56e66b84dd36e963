// A category's products, a page at a time (the page lives in the URL).
import { useRoute } from 'preact-iso';
import { shop } from '../api/shop-api.ts';
import { useResource } from '../hooks/use-resource.ts';
import { ProductGrid } from '../components/product-card.tsx';
import { Pager } from '../components/pager.tsx';
import { Empty, ErrorNote, Loading } from '../components/states.tsx';

const pageSize = 12;

/** The listing of one category. */
export function CategoryPage() {
  const { params, query } = useRoute();
  const id = params.id ?? '';
  const page = Math.max(1, Number(query.page) || 1);
  const categories = useResource((signal) => shop.categories(signal), []);
  const products = useResource(
    (signal) =>
      shop.products(
        new URLSearchParams({ category: id, page: String(page), pageSize: String(pageSize) }),
        signal,
      ),
    [id, page],
  );
  const name = categories.data?.items.find((category) => category.id === id)?.name ?? id;
  return (
    <>
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href="/">Home</a> › <span aria-current="page">{name}</span>
      </nav>
      <h1>{name}</h1>
      {products.error ? <ErrorNote error={products.error} retry={products.reload} /> : null}
      {products.loading && !products.data ? <Loading what="Loading products" /> : null}
      {products.data && products.data.total === 0 && <Empty>No products in this category yet.</Empty>}
      {products.data && (
        <>
          <p class="muted">{products.data.total} products</p>
          <ProductGrid products={products.data.items} label={`${name} products`} />
          <Pager
            page={page}
            pageSize={pageSize}
            total={products.data.total}
            hrefFor={(next) => `/category/${id}?page=${next}`}
          />
        </>
      )}
    </>
  );
}
