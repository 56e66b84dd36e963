// The admin's calls: products and their stock.
import type { CreateProductBody, UpdateProductBody } from '@bazaar/contracts/catalog';
import type { StockLevel } from '@bazaar/contracts/inventory';
import type { ProductSummary } from '@bazaar/contracts/gateway';
import { api } from './http.client.ts';

/** Every admin call the storefront makes. */
export const admin = {
  createProduct: (body: CreateProductBody) => api<ProductSummary>('/api/admin/products', { body }),
  updateProduct: (id: string, body: UpdateProductBody) =>
    api<ProductSummary>(`/api/admin/products/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  stock: (id: string) => api<StockLevel>(`/api/admin/inventory/${encodeURIComponent(id)}`),
  setStock: (id: string, quantity: number) =>
    api<StockLevel>(`/api/admin/inventory/${encodeURIComponent(id)}`, { method: 'PUT', body: { quantity } }),
};
