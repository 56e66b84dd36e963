// The admin's product list with each product's stock, and a way to add one.
import { useRoute } from 'preact-iso';
import type { ProductSummary } from '@bazaar/contracts/gateway';
import { shop } from '../api/shop-api.ts';
import { admin } from '../api/admin-api.ts';
import { useResource } from '../hooks/use-resource.ts';
import { formatMoney } from '../format/money.ts';
import { Pager } from '../components/pager.tsx';
import { ErrorNote, Loading } from '../components/states.tsx';

const pageSize = 20;

/** The admin's products page. */
export function AdminProductsPage() {
  const { query } = useRoute();
  const page = Math.max(1, Number(query.page) || 1);
  const products = useResource(
    (signal) =>
      shop.products(new URLSearchParams({ page: String(page), pageSize: String(pageSize) }), signal),
    [page],
  );
  return (
    <>
      <div class="title-row">
        <h1>Products</h1>
        <a class="button primary" href="/admin/products/new">
          New product
        </a>
      </div>
      {products.error ? <ErrorNote error={products.error} retry={products.reload} /> : null}
      {!products.data && !products.error ? <Loading what="Loading products" /> : null}
      {products.data && (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Products with price and stock</caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">SKU</th>
                <th scope="col">Price</th>
                <th scope="col">Stock</th>
              </tr>
            </thead>
            <tbody>
              {products.data.items.map((product) => (
                <Row key={product.id} product={product} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {products.data && (
        <Pager
          page={page}
          pageSize={pageSize}
          total={products.data.total}
          hrefFor={(next) => `/admin/products?page=${next}`}
        />
      )}
    </>
  );
}

function Row({ product }: { product: ProductSummary }) {
  const stock = useResource(() => admin.stock(product.id), [product.id]);
  return (
    <tr>
      <td>
        <a href={`/admin/products/${product.id}`}>Edit {product.name}</a>
      </td>
      <td>{product.sku}</td>
      <td>{formatMoney(product.price)}</td>
      <td>
        {stock.data
          ? `${stock.data.available} available (${stock.data.onHand} on hand)`
          : stock.error
            ? 'unknown'
            : '…'}
      </td>
    </tr>
  );
}
