import Fastify from 'fastify';
import type { CartView } from '../clients/cart-client.js';

/** A stand-in for the cart service: `GET /cart` answers the cart set for the caller's token subject. */
export interface StubCartServer {
  url: string;
  /** Sets what `GET /cart` answers for this user. */
  setCart(userId: string, cart: CartView): void;
  close(): Promise<void>;
}

/** Starts the stub on a free port; a caller without a cart gets an empty one, without a token 401. */
export async function startStubCartServer(): Promise<StubCartServer> {
  const carts = new Map<string, CartView>();
  const server = Fastify();
  server.get('/cart', async (request, reply) => {
    const userId = tokenSubject(request.headers.authorization);
    if (!userId) return reply.status(401).send({ code: 'UNAUTHENTICATED' });
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
