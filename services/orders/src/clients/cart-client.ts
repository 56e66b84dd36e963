import Type from 'typebox';
import { Compile } from 'typebox/compile';
import { OrderLine } from '@bazaar/contracts/orders';
import { Money } from '@bazaar/contracts/common';
import { createServiceClient, serviceUnavailable, unauthenticated } from '@bazaar/platform';

/** The caller's cart as the cart service answers `GET /cart`. */
export const CartView = Type.Object({ items: Type.Array(OrderLine), total: Money });
/** The caller's cart. */
export type CartView = Type.Static<typeof CartView>;

/** Reads the cart of the user whose request is being served (their Authorization is forwarded). */
export interface CartReader {
  readCallerCart(): Promise<CartView>;
  close(): Promise<void>;
}

const isCartView = Compile(CartView);

/** The cart reader over the cart service at `cartUrl` (comma-separated replicas). */
export function createCartReader(cartUrl: string): CartReader {
  const baseUrls = cartUrl
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  const client = createServiceClient({ name: 'cart', baseUrls });
  return {
    async readCallerCart() {
      const answer = await client.request<unknown>({ method: 'GET', path: '/cart' });
      if (answer.status === 401) throw unauthenticated('The cart service did not accept the caller.');
      if (answer.status !== 200 || !isCartView.Check(answer.body)) {
        throw serviceUnavailable(`cart answered ${answer.status} without a readable cart.`);
      }
      return answer.body;
    },
    close: () => client.close(),
  };
}
