// Stand-ins for identity and catalog that speak their HTTP contracts, so the gateway's own
// behaviour (auth, limits, composition, degradation) is tested in-process. The real services
// behind the real gateway are covered end to end in e2e/.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Product } from '@bazaar/contracts/catalog';

/** A product as the catalog stub serves it. */
export const stubProduct: Product = {
  id: 'prd_1',
  sku: 'AUD-0001',
  name: 'Aurora Wireless Headphones',
  description: 'Noise-cancelling wireless headphones.',
  category: 'audio',
  price: { amount: 19_999, currency: 'USD' },
  imageUrl: '/images/products/AUD-0001.svg',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const user = { id: 'usr_1', email: 'ann@example.com', name: 'Ann', role: 'customer' };

/** A problem document as the services answer it (the gateway's client checks it like any answer). */
function problem(status: number, code: string, extra: object = {}) {
  const type = `https://bazaar.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`;
  return { type, title: code, status, code, ...extra };
}

/** A pending order as orders answers checkout. */
const pendingOrder = {
  id: 'ord_1',
  status: 'pending',
  items: [],
  total: { amount: 0, currency: 'USD' },
  shippingAddress: { name: 'Ann', line1: '1 Main St', city: 'Springfield', postalCode: '1', country: 'US' },
  payment: { brand: 'visa', last4: '4242' },
  shipment: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  history: [{ status: 'pending', at: '2026-01-01T00:00:00.000Z' }],
};

/** Starts a stub identity on an ephemeral port. */
export async function startStubIdentity(): Promise<FastifyInstance> {
  const app = Fastify();
  app.get('/health/ready', async () => ({ status: 'ready' }));
  app.post('/auth/signup', async (_request, reply) =>
    reply
      .status(201)
      .header('set-cookie', 'refresh_token=abc; Path=/api/auth; HttpOnly; SameSite=Strict')
      .send({ user, accessToken: 'token', expiresIn: 900 }),
  );
  app.post('/auth/login', async () => ({ user, accessToken: 'token', expiresIn: 900 }));
  app.post('/auth/refresh', async (request, reply) =>
    request.headers.cookie === 'refresh_token=abc'
      ? { user, accessToken: 'token-2', expiresIn: 900 }
      : reply.status(401).type('application/problem+json').send(problem(401, 'UNAUTHENTICATED')),
  );
  // like the real identity, /me needs the caller's token: the gateway must pass it on
  app.get('/me', async (request, reply) =>
    request.headers.authorization?.startsWith('Bearer ')
      ? { user }
      : reply.status(401).type('application/problem+json').send(problem(401, 'UNAUTHENTICATED')),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

/** Starts a stub catalog on an ephemeral port. */
export async function startStubCatalog(): Promise<FastifyInstance> {
  const app = Fastify();
  app.get('/health/ready', async () => ({ status: 'ready' }));
  app.get('/categories', async () => ({ items: [{ id: 'audio', name: 'Audio', productCount: 1 }] }));
  app.get('/products', async () => ({ items: [stubProduct], total: 1, page: 1, pageSize: 20 }));
  app.get<{ Params: { id: string } }>('/products/:id', async (request, reply) =>
    request.params.id === stubProduct.id
      ? stubProduct
      : reply.status(404).type('application/problem+json').send(problem(404, 'NOT_FOUND')),
  );
  app.post('/products', async (_request, reply) => reply.status(201).send(stubProduct));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

/** The base URL of a listening stub. */
export function urlOf(app: FastifyInstance): string {
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}`;
}

/** Starts a stub inventory: the stub product has 7 in stock. */
export async function startStubInventory(): Promise<FastifyInstance> {
  const app = Fastify();
  app.get('/health/ready', async () => ({ status: 'ready' }));
  app.get('/availability', async () => ({
    items: [{ productId: stubProduct.id, inStock: true, quantity: 7 }],
  }));
  app.get<{ Params: { id: string } }>('/availability/:id', async (request, reply) =>
    request.params.id === stubProduct.id
      ? { productId: stubProduct.id, inStock: true, quantity: 7 }
      : reply.status(404).type('application/problem+json').send(problem(404, 'NOT_FOUND')),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

/** Starts stub payments and orders that record what reached them, to check checkout's hand-off. */
export async function startStubCheckout(): Promise<{
  payments: FastifyInstance;
  orders: FastifyInstance;
  ordersReceived: unknown[];
}> {
  const payments = Fastify();
  payments.post<{ Body: { cardNumber: string } }>('/tokens', async (request, reply) =>
    request.body.cardNumber === '4242424242424241'
      ? reply
          .status(400)
          .type('application/problem+json')
          .send(
            problem(400, 'VALIDATION_FAILED', {
              errors: [{ field: 'body.cardNumber', message: 'is not a valid card number' }],
            }),
          )
      : reply.status(201).send({
          token: `tok_${Math.random()}`,
          brand: 'visa',
          last4: request.body.cardNumber.slice(-4),
          fingerprint: 'fp-1',
        }),
  );
  const ordersReceived: unknown[] = [];
  const orders = Fastify();
  orders.post('/checkout', async (request, reply) => {
    ordersReceived.push(request.body);
    return reply.status(202).send({ order: pendingOrder });
  });
  await Promise.all([
    payments.listen({ port: 0, host: '127.0.0.1' }),
    orders.listen({ port: 0, host: '127.0.0.1' }),
  ]);
  return { payments, orders, ordersReceived };
}
