import { cartRoutes, type Cart } from '@bazaar/contracts/cart';
import { baseUrlList, createServiceClient, serviceUnavailable, unauthenticated } from '@bazaar/platform';

/** Reads the cart of the user whose request is being served (their Authorization is forwarded). */
export interface CartReader {
  readCallerCart(): Promise<Cart>;
  close(): Promise<void>;
}

/** The cart reader over the cart service at `cartUrl` (comma-separated replicas). */
export function createCartReader(cartUrl: string): CartReader {
  const client = createServiceClient({ name: 'cart', baseUrls: baseUrlList(cartUrl) });
  return {
    async readCallerCart() {
      const answer = await client.call(cartRoutes.getCart, {});
      if (answer.status === 401) throw unauthenticated('The cart service did not accept the caller.');
      if (answer.status !== 200) throw serviceUnavailable(`cart answered ${answer.status}.`);
      return answer.body;
    },
    close: () => client.close(),
  };
}
