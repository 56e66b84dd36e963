// One product in a grid: picture, name, price and whether it is in stock.
import type { ProductSummary } from '@bazaar/contracts/gateway';
import { formatMoney } from '../format/money.ts';

/** A product tile that links to the product page. */
export function ProductCard({ product }: { product: ProductSummary }) {
  return (
    <li class="card">
      <a href={`/products/${encodeURIComponent(product.id)}`} class="card-link">
        <img src={product.imageUrl} alt="" width={240} height={240} loading="lazy" decoding="async" />
        <span class="card-name">{product.name}</span>
      </a>
      <span class="card-price">{formatMoney(product.price)}</span>
      <StockBadge inStock={product.inStock} />
    </li>
  );
}

/** "In stock", "Sold out", or nothing while stock is unknown. */
export function StockBadge({ inStock }: { inStock: boolean | null }) {
  if (inStock === null) return <span class="badge muted">Stock unknown</span>;
  return inStock ? <span class="badge ok">In stock</span> : <span class="badge warn">Sold out</span>;
}

/** A grid of products under a heading-less list. */
export function ProductGrid({ products, label }: { products: ProductSummary[]; label: string }) {
  return (
    <ul class="grid" aria-label={label}>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} />
      ))}
    </ul>
  );
}
