// A small fixed-rate shopper load for fault tests: checkouts, searches, carts, order lists and
// product pages at their scheduled times (open loop, the load generator's scheduler), each timed
// from its scheduled time, with every accepted order kept so a test can follow it to the end.
import { performance } from 'node:perf_hooks';
import { runArrivals } from '@bazaar/load';
import { cards, checkOut, type Shopper } from './shop.js';

/** The paths a phase sends. */
export type LoadPath = 'checkout' | 'search' | 'cart' | 'orders' | 'product';

/** One answer: its status (0 when no answer came) and the ms from its scheduled time. */
export interface TimedAnswer {
  readonly path: LoadPath;
  readonly status: number;
  readonly ms: number;
}

/** What one phase of the load saw. */
export interface PhaseResult {
  readonly answers: readonly TimedAnswer[];
  readonly checkouts: readonly TimedAnswer[];
  readonly productPages: readonly (TimedAnswer & { readonly degraded: boolean })[];
  /** Orders checkout accepted (2xx), with the shopper who placed each. */
  readonly accepted: readonly { readonly shopper: Shopper; readonly orderId: string }[];
  /** The times of one path's answers, in ms. */
  timesOf(path: LoadPath): number[];
  /** The times of the checkouts, in ms. */
  checkoutMs(): number[];
}

/** The load's shape. */
export interface ShopperLoadOptions {
  /** Signed-in shoppers; each one's cart and checkouts run one after another. */
  readonly shoppers: readonly Shopper[];
  /** The product every checkout buys and every product page shows. */
  readonly productId: string;
  /** How long each phase sends, in seconds. */
  readonly seconds: number;
}

// seven arrivals a second: one checkout, two searches, two product pages, a cart, an order list
const pattern: readonly LoadPath[] = ['checkout', 'search', 'product', 'cart', 'search', 'orders', 'product'];
const rate = pattern.length;

/** A load whose phases can be run one after another against the same shoppers. */
export function shopperLoad(options: ShopperLoadOptions) {
  const chains = new Map<Shopper, Promise<unknown>>();
  let nextShopper = 0;
  const someShopper = () => options.shoppers[nextShopper++ % options.shoppers.length]!;
  /** Runs `work` after the shopper's previous cart or checkout work: they share one cart. */
  const inTurn = <T>(shopper: Shopper, work: () => Promise<T>): Promise<T> => {
    const run = (chains.get(shopper) ?? Promise.resolve()).then(work, work);
    chains.set(
      shopper,
      run.catch(() => undefined),
    );
    return run;
  };

  const send = async (path: LoadPath, shopper: Shopper) => {
    switch (path) {
      case 'checkout':
        return inTurn(shopper, () => addAndCheckOut(shopper, options.productId));
      case 'cart':
        return inTurn(shopper, () => shopper.call('/api/cart'));
      case 'search':
        return shopper.call('/api/search?q=product');
      case 'orders':
        return shopper.call('/api/orders');
      case 'product':
        return shopper.call(`/api/products/${options.productId}`);
    }
  };

  const timed = async (path: LoadPath, scheduledAt: number) => {
    const shopper = someShopper();
    const answer = await send(path, shopper).catch(() => ({
      status: 0,
      body: {} as Record<string, unknown>,
    }));
    return {
      path,
      shopper,
      status: answer.status,
      ms: Math.round(performance.now() - scheduledAt),
      body: answer.body,
    };
  };

  return {
    /** One request of each path, one at a time, so first connections are not in any phase. */
    async warmUp(): Promise<void> {
      for (const path of pattern) await timed(path, performance.now());
    },
    /** Sends the pattern at its fixed rate for the phase and resolves once every answer is in. */
    async phase(): Promise<PhaseResult> {
      const pending: ReturnType<typeof timed>[] = [];
      await runArrivals(rate, options.seconds, (scheduledAt, index) => {
        pending.push(timed(pattern[index % rate]!, scheduledAt));
      });
      return phaseResult(await Promise.all(pending));
    },
  };
}

/** Adds one of the product to the cart and checks out; a refused add is the answer. */
async function addAndCheckOut(shopper: Shopper, productId: string) {
  const added = await shopper.call('/api/cart/items', { body: { productId, quantity: 1 } });
  return added.status === 200 ? checkOut(shopper, cards.approved) : added;
}

type Answered = TimedAnswer & { readonly shopper: Shopper; readonly body: unknown };

function phaseResult(answers: readonly Answered[]): PhaseResult {
  const of = (path: LoadPath) => answers.filter((answer) => answer.path === path);
  const orderIdOf = (body: unknown) => (body as { order?: { id?: string } }).order?.id;
  return {
    answers,
    checkouts: of('checkout'),
    productPages: of('product').map((page) => ({
      ...page,
      degraded: ((page.body as { degraded?: string[] }).degraded ?? []).length > 0,
    })),
    accepted: of('checkout')
      .filter((answer) => answer.status >= 200 && answer.status < 300 && orderIdOf(answer.body))
      .map((answer) => ({ shopper: answer.shopper, orderId: orderIdOf(answer.body)! })),
    timesOf: (path) => of(path).map((answer) => answer.ms),
    checkoutMs: () => of('checkout').map((answer) => answer.ms),
  };
}
