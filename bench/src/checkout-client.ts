// A shopper's calls for the checkout benchmark: sign up, fill the cart, check out, read the order.
import { randomUUID } from 'node:crypto';

const address = {
  name: 'Bench',
  line1: '1 Load Street',
  city: 'Springfield',
  postalCode: '12345',
  country: 'US',
};
const card = { cardNumber: '4242424242424242', expMonth: 12, expYear: 2035, cvc: '123' };

/** Sends JSON and returns the status and parsed body. */
export async function call<T>(
  url: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/**
 * Signs a new shopper up (or the admin in) and returns the authorization header; a busy identity
 * answers a fast 503 (password hashing is bounded), so it tries again a few times.
 */
export async function session(baseUrl: string, credentials?: { email: string; password: string }) {
  for (let attempt = 1; ; attempt++) {
    const answer = credentials
      ? await call<{ accessToken?: string }>(`${baseUrl}/api/auth/login`, { body: credentials })
      : await call<{ accessToken?: string }>(`${baseUrl}/api/auth/signup`, {
          body: {
            email: `bench-${randomUUID()}@bench.test`,
            password: 'a long bench password',
            name: 'Bench',
          },
        });
    if (answer.body?.accessToken) return { authorization: `Bearer ${answer.body.accessToken}` };
    if (attempt >= 20) throw new Error(`could not sign in: ${answer.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}

/**
 * Adds one unit of each product to the cart, in the order given, and checks out; resolves with
 * when checkout was sent and the order id (null if refused).
 */
export async function addAndCheckOut(baseUrl: string, headers: Record<string, string>, productIds: string[]) {
  for (const productId of productIds) {
    await call(`${baseUrl}/api/cart/items`, { body: { productId, quantity: 1 }, headers });
  }
  const sentAt = Date.now();
  const placed = await checkOutCart(baseUrl, headers);
  return { sentAt, orderId: placed.status === 202 ? (placed.body.order?.id ?? null) : null };
}

/** Checks the shopper's cart out with the approved test card and a new idempotency key. */
export function checkOutCart(baseUrl: string, headers: Record<string, string>) {
  return call<{ order?: { id: string }; code?: string }>(`${baseUrl}/api/checkout`, {
    body: { shippingAddress: address, payment: card },
    headers: { ...headers, 'idempotency-key': randomUUID() },
  });
}

/** The time (epoch ms) an order became paid, or null while it has not. */
export async function paidAt(baseUrl: string, headers: Record<string, string>, orderId: string) {
  const order = await call<{ history: Array<{ status: string; at: string }> }>(
    `${baseUrl}/api/orders/${orderId}`,
    { headers },
  );
  const paid = order.body.history?.find((entry) => entry.status === 'paid');
  return paid ? Date.parse(paid.at) : null;
}

/** Creates a product with a million in stock (admin headers); returns its id. */
export async function stockedProduct(baseUrl: string, adminHeaders: Record<string, string>): Promise<string> {
  const body = {
    sku: `BENCH-${randomUUID().slice(0, 8).toUpperCase()}`,
    name: 'Bench Widget',
    description: 'For load.',
    category: 'audio',
    price: { amount: 999, currency: 'USD' },
  };
  const created = await call<{ id: string }>(`${baseUrl}/api/admin/products`, {
    body,
    headers: adminHeaders,
  });
  await call(`${baseUrl}/api/admin/inventory/${created.body.id}`, {
    method: 'PUT',
    body: { quantity: 1_000_000 },
    headers: adminHeaders,
  });
  return created.body.id;
}
