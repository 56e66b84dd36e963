// Test support: a tiny stand-in for the catalog that serves `GET /products?ids=` from a fixed list.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Product } from '@bazaar/contracts/catalog';
import type { PricedProduct } from '../domain/price-cart.js';

/** A running stub catalog: its URL, its products (change them freely), and a way to stop it. */
export interface StubCatalog {
  url: string;
  products: Map<string, PricedProduct>;
  close(): Promise<void>;
}

/** Starts the stub on a free port with these products. */
export async function startStubCatalog(products: PricedProduct[]): Promise<StubCatalog> {
  const byId = new Map(products.map((product) => [product.id, product]));
  const server: FastifyInstance = Fastify();
  server.get<{ Querystring: { ids?: string } }>('/products', async (request) => {
    const ids = (request.query.ids ?? '').split(',').filter(Boolean);
    const items = ids.flatMap((id) => {
      const product = byId.get(id);
      return product ? [asCatalogProduct(product)] : [];
    });
    return { items, total: items.length, page: 1, pageSize: Math.max(1, ids.length) };
  });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return { url, products: byId, close: () => server.close() };
}

/** The product as the real catalog answers it (the cart's client checks the answer's schema). */
function asCatalogProduct(product: PricedProduct): Product {
  const sku = `TST-${product.id.replace(/[^a-z0-9]/gi, '').toUpperCase()}`.slice(0, 32);
  const at = '2026-01-01T00:00:00.000Z';
  const imageUrl = `/images/products/${sku}.svg`;
  return { ...product, sku, description: '', category: 'test', imageUrl, createdAt: at, updatedAt: at };
}
