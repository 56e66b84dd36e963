// The accounts a run shops with: signed up at the start (waiting out the signup rate limit when
// it must), kept signed in, and what each has in its cart and has ordered.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiAnswer } from './api.client.js';
import type { SetupSender } from './catalog-sample.js';

/** One account of the pool. */
export interface Shopper {
  readonly email: string;
  readonly password: string;
  token: string;
  /** When the access token expires (ms since the epoch). */
  expiresAt: number;
  /** True once the run has put something in the cart that no checkout has taken since. */
  cartFilled: boolean;
  readonly orderIds: string[];
}

/** Logins start this long before a token expires. */
const renewAheadMs = 60_000;
const maxRateLimitWaits = 10;

/** The run's shoppers. */
export class ShopperPool {
  private constructor(readonly shoppers: Shopper[]) {}

  /** Signs up `count` new accounts, one after another; `note` hears about rate-limit waits. */
  static async signUp(count: number, send: SetupSender, note: (line: string) => void): Promise<ShopperPool> {
    const run = randomBytes(4).toString('hex');
    const shoppers: Shopper[] = [];
    for (let index = 0; index < count; index++) {
      const email = `load-${run}-${index}@load.bazaar.test`;
      const password = randomBytes(12).toString('hex');
      const body = { email, password, name: `Load Shopper ${index + 1}` };
      const answer = await patiently(note, () =>
        send({ method: 'POST', path: '/api/auth/signup', route: '/api/auth/signup', body }),
      );
      shoppers.push({ email, password, ...session(answer, 'sign up'), cartFilled: false, orderIds: [] });
    }
    return new ShopperPool(shoppers);
  }

  /** A shopper drawn at random. */
  any(random: () => number): Shopper {
    return this.shoppers[Math.floor(random() * this.shoppers.length)] as Shopper;
  }

  /** A shopper whose cart the run has filled (now counted as emptied), else any shopper. */
  takeFilled(random: () => number): Shopper {
    const filled = this.shoppers.filter((shopper) => shopper.cartFilled);
    const shopper =
      filled.length > 0 ? (filled[Math.floor(random() * filled.length)] as Shopper) : this.any(random);
    shopper.cartFilled = false;
    return shopper;
  }

  /** A shopper with an order placed during the run, and one of its orders; undefined when none. */
  withOrder(random: () => number): { shopper: Shopper; orderId: string } | undefined {
    const ordered = this.shoppers.filter((shopper) => shopper.orderIds.length > 0);
    if (ordered.length === 0) return undefined;
    const shopper = ordered[Math.floor(random() * ordered.length)] as Shopper;
    return { shopper, orderId: shopper.orderIds[Math.floor(random() * shopper.orderIds.length)] as string };
  }

  /** Signs in again every shopper whose token expires within a minute. */
  async renewSessions(send: SetupSender, note: (line: string) => void, now = Date.now()): Promise<void> {
    for (const shopper of this.shoppers.filter((item) => item.expiresAt - now < renewAheadMs)) {
      const body = { email: shopper.email, password: shopper.password };
      const answer = await patiently(note, () =>
        send({ method: 'POST', path: '/api/auth/login', route: '/api/auth/login', body }),
      );
      Object.assign(shopper, session(answer, 'sign in'));
    }
  }
}

/** Sends, and on 429 waits for its Retry-After and sends again (a bounded number of times). */
async function patiently(note: (line: string) => void, send: () => Promise<ApiAnswer>): Promise<ApiAnswer> {
  for (let waits = 0; ; waits++) {
    const answer = await send();
    if (answer.status !== 429 || waits >= maxRateLimitWaits) return answer;
    const seconds = answer.retryAfterSeconds ?? 5;
    note(`signups are rate limited: waiting ${seconds} s (raise AUTH_RATE_LIMIT_PER_MINUTE to skip this)`);
    await sleep(seconds * 1000);
  }
}

function session(answer: ApiAnswer, what: string): { token: string; expiresAt: number } {
  const body = answer.body as { accessToken?: string; expiresIn?: number } | undefined;
  if (answer.status !== 200 && answer.status !== 201) throw new Error(`could not ${what}: ${answer.status}`);
  if (!body?.accessToken) throw new Error(`could not ${what}: no access token in the answer`);
  return { token: body.accessToken, expiresAt: Date.now() + (body.expiresIn ?? 900) * 1000 };
}
