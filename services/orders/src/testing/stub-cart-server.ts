import Fastify from 'fastify';
import type { Cart } from '@bazaar/contracts/cart';

/** A stand-in for the cart service: `GET /cart` answers the cart set for the caller's token subject. */
export interface StubCartServer {
  url: string;
  /** Sets what `GET /cart` answers for this user. */
  setCart(userId: string, cart: Cart): void;
  close(): Promise<void>;
}

const unauthenticatedProblem = {
  type: 'https://bazaar.dev/problems/unauthenticated',
  title: 'Authentication is required',
  status: 401,
  code: 'UNAUTHENTICATED',
};

/** Starts the stub on a free port; a caller without a cart gets an empty one, without a token 401. */
export async function startStubCartServer(): Promise<StubCartServer> {
  const carts = new Map<string, Cart>();
  const server = Fastify();
  server.get('/cart', async (request, reply) => {
    const userId = tokenSubject(request.headers.authorization);
    if (!userId) return reply.status(401).type('application/problem+json').send(unauthenticatedProblem);
    return carts.get(userId) ?? { items: [], total: { amount: 0, currency: 'USD' } };
  });
  const address = await server.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    setCart: (userId, cart) => void carts.set(userId, cart),
    close: () => server.close(),
  };
}

function tokenSubject(authorization: string | undefined): string | undefined {
  const payload = authorization?.replace(/^Bearer /, '').split('.')[1];
  if (!payload) return undefined;
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string }).sub;
}
