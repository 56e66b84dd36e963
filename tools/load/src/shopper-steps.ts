// Each step of the mix as one request of the public API (api.md), and what the run learns from
// its answer (a filled cart, a placed order).
import { randomUUID } from 'node:crypto';
import type { ApiAnswer, ApiRequest } from './api.client.js';
import { browsePageSize, type CatalogSample } from './catalog-sample.js';
import type { ShopperPool } from './shopper-pool.js';
import type { StepName } from './shopper-mix.js';

/** What a step reads to build its request. */
export interface StepContext {
  readonly sample: CatalogSample;
  readonly pool: ShopperPool;
  readonly random: () => number;
}

/** A step's request, and what to do with its answer. */
export interface PlannedStep extends ApiRequest {
  after?(answer: ApiAnswer): void;
}

/** The approved test card of api.md. */
export const approvedCard = '4242424242424242';

/** The shipping address of every load checkout. */
const address = {
  name: 'Load Shopper',
  line1: '1 Load Street',
  city: 'Springfield',
  postalCode: '12345',
  country: 'US',
};

const planners: Record<StepName, (context: StepContext) => PlannedStep> = {
  browse: ({ sample, random }) => {
    // one look in five is at the list of categories, the others at a page of one category
    if (random() < 0.2) return { method: 'GET', path: '/api/categories', route: '/api/categories' };
    const category = pick(sample.categories, random);
    const page = 1 + Math.floor(random() * category.pages);
    const path = `/api/products?category=${encodeURIComponent(category.id)}&page=${page}&pageSize=${browsePageSize}`;
    return { method: 'GET', path, route: '/api/products' };
  },
  search: ({ sample, random }) => ({
    method: 'GET',
    path: `/api/search?q=${encodeURIComponent(pick(sample.searchTerms, random))}`,
    route: '/api/search',
  }),
  product: ({ sample, random }) => ({
    method: 'GET',
    path: `/api/products/${encodeURIComponent(pick(sample.productIds, random))}`,
    route: '/api/products/:id',
  }),
  cart: ({ sample, pool, random }) => {
    const shopper = pool.any(random);
    return {
      ...addToCart(shopper.token, pick(sample.productIds, random)),
      after: (answer) => (shopper.cartFilled ||= answer.status === 200),
    };
  },
  checkout: ({ pool, random }) => {
    const shopper = pool.takeFilled(random);
    return {
      ...checkOut(shopper.token),
      after: (answer) => {
        const orderId = acceptedOrderId(answer);
        if (orderId) shopper.orderIds.push(orderId);
      },
    };
  },
  status: ({ pool, random }) => {
    const placed = pool.withOrder(random);
    if (!placed)
      return { method: 'GET', path: '/api/orders', route: '/api/orders', token: pool.any(random).token };
    const path = `/api/orders/${encodeURIComponent(placed.orderId)}`;
    return { method: 'GET', path, route: '/api/orders/:id', token: placed.shopper.token };
  },
};

/** The request of one arrival of `step`. */
export function planStep(step: StepName, context: StepContext): PlannedStep {
  return planners[step](context);
}

/** Adds one of a product to the cart of the token's shopper. */
export function addToCart(token: string, productId: string): ApiRequest {
  return {
    method: 'POST',
    path: '/api/cart/items',
    route: '/api/cart/items',
    token,
    body: { productId, quantity: 1 },
  };
}

/** Checks out the token's cart with the approved card under a fresh idempotency key. */
export function checkOut(token: string): ApiRequest {
  const payment = {
    cardNumber: approvedCard,
    expMonth: 12,
    expYear: new Date().getUTCFullYear() + 5,
    cvc: '123',
  };
  return {
    method: 'POST',
    path: '/api/checkout',
    route: '/api/checkout',
    token,
    headers: { 'idempotency-key': `load-${randomUUID()}` },
    body: { shippingAddress: address, payment },
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** The id of the order a checkout answer accepted (202, or 200 for a repeated key), else undefined. */
export function acceptedOrderId(answer: ApiAnswer): string | undefined {
  const order = (answer.body as { order?: { id?: string } } | undefined)?.order;
  return (answer.status === 202 || answer.status === 200) && order?.id ? order.id : undefined;
}
