// The storefront's calls to the public API (api.md), typed from @bazaar/contracts.
import type { CategoryList } from '@bazaar/contracts/catalog';
import type { ProductDetail, ProductSummary } from '@bazaar/contracts/gateway';
import type { SearchResults } from '@bazaar/contracts/search';
import type { Cart } from '@bazaar/contracts/cart';
import type { Order, OrderPage, ShippingAddress } from '@bazaar/contracts/orders';
import type { NotificationList } from '@bazaar/contracts/notifications';
import { api } from './http.client.ts';

/** A page of products with the total across pages. */
export interface ProductPage {
  items: ProductSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** Recommendations as the API answers them. */
export interface Picks {
  items: ProductSummary[];
  strategy: 'bought_together' | 'popular';
}

/** What the checkout form sends. */
export interface CheckoutRequest {
  shippingAddress: ShippingAddress;
  payment: { cardNumber: string; expMonth: number; expYear: number; cvc: string };
}

/** Every call the storefront makes, one function each. */
export const shop = {
  categories: (signal?: AbortSignal) => api<CategoryList>('/api/categories', { ...(signal && { signal }) }),
  products: (query: URLSearchParams, signal?: AbortSignal) =>
    api<ProductPage>(`/api/products?${query}`, { ...(signal && { signal }) }),
  product: (id: string, signal?: AbortSignal) =>
    api<ProductDetail>(`/api/products/${encodeURIComponent(id)}`, { ...(signal && { signal }) }),
  search: (query: URLSearchParams, signal?: AbortSignal) =>
    api<SearchResults>(`/api/search?${query}`, { ...(signal && { signal }) }),
  picks: () => api<Picks>('/api/recommendations?limit=8'),
  popular: () => api<Picks>('/api/recommendations/popular?limit=8'),
  related: (id: string) => api<Picks>(`/api/products/${encodeURIComponent(id)}/recommendations?limit=8`),
  cart: () => api<Cart>('/api/cart'),
  addToCart: (productId: string, quantity: number) =>
    api<Cart>('/api/cart/items', { body: { productId, quantity } }),
  setQuantity: (productId: string, quantity: number) =>
    api<Cart>(`/api/cart/items/${encodeURIComponent(productId)}`, { method: 'PUT', body: { quantity } }),
  removeLine: (productId: string) =>
    api<Cart>(`/api/cart/items/${encodeURIComponent(productId)}`, { method: 'DELETE' }),
  checkout: (request: CheckoutRequest, idempotencyKey: string) =>
    api<{ order: Order }>('/api/checkout', { body: request, headers: { 'idempotency-key': idempotencyKey } }),
  orders: (page: number) => api<OrderPage>(`/api/orders?page=${page}&pageSize=10`),
  order: (id: string) => api<Order>(`/api/orders/${encodeURIComponent(id)}`),
  cancelOrder: (id: string) => api<Order>(`/api/orders/${encodeURIComponent(id)}/cancel`, { method: 'POST' }),
  notifications: () => api<NotificationList>('/api/notifications'),
  markRead: (id: string) => api(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
};
