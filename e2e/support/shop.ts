// A shopper's and an admin's moves through the public API, for end-to-end tests.
import { randomUUID } from 'node:crypto';
import { eventually } from './eventually.js';
import { fetchJson } from './http.js';

/** Test cards of api.md. */
export const cards = {
  approved: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  processingError: '4000000000000119',
};

/** The order as the public API shows it (the parts tests look at). */
export interface Order {
  id: string;
  status: string;
  cancellationReason?: string;
  refundedAt?: string;
  total: { amount: number };
  shipment: { status: string } | null;
}

/** The admin account every e2e system is started with. */
export const adminAccount = { ADMIN_EMAIL: 'admin@e2e.test', ADMIN_PASSWORD: 'e2e-admin-password' };

/** Settings that make an e2e system quick to observe: fast shipping clock, no rate limits in the way. */
export const fastShopSettings = {
  ...adminAccount,
  SHIPPING_STEP_MS: '400',
  RATE_LIMIT_PER_MINUTE: '1000000',
  AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
};

/** A signed-in client of one system. */
export interface Shopper {
  headers: Record<string, string>;
  call<T = Record<string, unknown>>(
    route: string,
    request?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: T }>;
}

/** Signs in (or up) and returns a client that sends the access token. */
export async function signIn(
  baseUrl: string,
  who: { email?: string; password?: string; admin?: boolean } = {},
): Promise<Shopper> {
  const email = who.admin
    ? adminAccount.ADMIN_EMAIL
    : (who.email ?? `shopper-${randomUUID().slice(0, 8)}@e2e.test`);
  const password = who.admin ? adminAccount.ADMIN_PASSWORD : (who.password ?? 'a long enough password');
  const session = await openSession(baseUrl, email, password, !who.admin);
  const headers = { authorization: `Bearer ${session.body.accessToken}` };
  return {
    headers,
    call: (route, request = {}) =>
      fetchJson(`${baseUrl}${route}`, { ...request, headers: { ...headers, ...request.headers } }) as never,
  };
}

/**
 * Logs in, signing up first when the account is new. A 503 or 429 is what an overloaded system is meant to
 * answer (Argon2 on two busy cores), so the test backs off and asks again, as a real client would.
 */
async function openSession(baseUrl: string, email: string, password: string, canSignUp: boolean) {
  for (let attempt = 1; ; attempt += 1) {
    let session = await fetchJson<{ accessToken?: string }>(`${baseUrl}/api/auth/login`, {
      body: { email, password },
    });
    if (session.status === 401 && canSignUp) {
      session = await fetchJson(`${baseUrl}/api/auth/signup`, {
        body: { email, password, name: 'E2E Shopper' },
      });
    }
    if (session.body.accessToken) return session as { status: number; body: { accessToken: string } };
    const isBusy = [409, 429, 503].includes(session.status); // 409: an earlier signup went through after all
    if (!isBusy || attempt === 8) throw new Error(`could not sign in ${email}: ${session.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}

/** The shipping address every e2e checkout uses. */
export const address = {
  name: 'E2E Shopper',
  line1: '1 Test Street',
  city: 'Springfield',
  postalCode: '12345',
  country: 'US',
};

/** Puts `quantity` of a product in the cart and checks out with a card; returns the answer. */
export async function buy(
  shopper: Shopper,
  productId: string,
  options: { quantity?: number; card?: string; key?: string } = {},
) {
  const added = await shopper.call('/api/cart/items', {
    body: { productId, quantity: options.quantity ?? 1 },
  });
  if (added.status !== 200) throw new Error(`add to cart: ${added.status} ${JSON.stringify(added.body)}`);
  return checkOut(shopper, options.card ?? cards.approved, options.key);
}

/** Checks out the current cart with a card under an idempotency key. */
export function checkOut(shopper: Shopper, card: string, key = `key-${randomUUID()}`) {
  return shopper.call<{ order: Order }>('/api/checkout', {
    body: {
      shippingAddress: address,
      payment: { cardNumber: card, expMonth: 12, expYear: 2035, cvc: '123' },
    },
    headers: { 'idempotency-key': key },
  });
}

/** Waits until the order reaches one of the statuses, and returns it. */
export async function orderReaching(
  shopper: Shopper,
  orderId: string,
  statuses: string[],
  timeoutMs = 20_000,
): Promise<Order> {
  let last: Order | undefined;
  let answered = 'no answer yet';
  await eventually(
    async () => {
      const answer = await shopper.call<Order>(`/api/orders/${orderId}`);
      last = answer.body;
      answered = `${answer.status} ${JSON.stringify(last?.status ?? last)}`.slice(0, 300);
      return statuses.includes(last.status);
    },
    {
      timeoutMs,
      get what() {
        return `order ${orderId} to reach ${statuses.join(' or ')} (last answer: ${answered})`;
      },
    },
  );
  return last as Order;
}

/**
 * Sends until the answer is not a 503 (a busy machine's process shedding load, restarting or past
 * its deadline), as a real client retries, at most `attempts` times with `pauseMs()` between;
 * resolves with the last answer, whatever it is. `onRetry` hears each 503 that is retried.
 */
async function untilAvailable<T extends { status: number }>(
  send: () => Promise<T>,
  options: { attempts: number; pauseMs: () => number; onRetry?: (answer: T, attempt: number) => void },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const answer = await send();
    if (answer.status !== 503 || attempt === options.attempts) return answer;
    options.onRetry?.(answer, attempt);
    await new Promise((resolve) => setTimeout(resolve, options.pauseMs()));
  }
}

/** Sets a product's stock on hand (admin); a 503 is retried (an idempotent PUT) and printed. */
export async function setStock(admin: Shopper, productId: string, quantity: number): Promise<void> {
  const failure = (answer: { status: number; body: unknown }) =>
    `set stock: ${answer.status} ${JSON.stringify(answer.body)}`;
  const answer = await untilAvailable(
    () => admin.call(`/api/admin/inventory/${productId}`, { method: 'PUT', body: { quantity } }),
    {
      attempts: 5,
      pauseMs: () => 1_000,
      onRetry: (busy, attempt) => console.error(`${failure(busy)}; retrying (attempt ${attempt})`),
    },
  );
  if (answer.status !== 200) throw new Error(failure(answer));
}

/** A product's stock as inventory reports it (admin). */
export async function stockOf(admin: Shopper, productId: string) {
  return (
    await admin.call<{ onHand: number; reserved: number; available: number }>(
      `/api/admin/inventory/${productId}`,
    )
  ).body;
}

/** Creates a fresh product (admin) and gives it stock; returns its id. */
export async function newProduct(admin: Shopper, stock: number, price = 2_500): Promise<string> {
  const sku = `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;
  const created = await admin.call<{ id: string }>('/api/admin/products', {
    body: {
      sku,
      name: `Test Product ${sku}`,
      description: 'Made for an end-to-end test.',
      category: 'audio',
      price: { amount: price, currency: 'USD' },
    },
  });
  if (created.status !== 201)
    throw new Error(`create product: ${created.status} ${JSON.stringify(created.body)}`);
  await setStock(admin, created.body.id, stock);
  return created.body.id;
}

/**
 * Checks out as a real client would: a 503 (a service overloaded or restarting) is retried with
 * the same idempotency key, so a retry can never make a second order. Resolves with the order id.
 */
export async function checkOutPatiently(
  shopper: Shopper,
  key = `key-${randomUUID()}`,
  card = cards.approved,
): Promise<string> {
  const answer = await untilAvailable(() => checkOut(shopper, card, key), {
    attempts: 62,
    pauseMs: () => 250 + Math.random() * 500,
  });
  if (answer.status === 200 || answer.status === 202) return answer.body.order.id;
  throw new Error(`checkout answered ${answer.status}: ${JSON.stringify(answer.body)}`);
}
