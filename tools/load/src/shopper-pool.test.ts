import { describe, expect, it } from 'vitest';
import type { ApiAnswer, ApiRequest } from './api.client.js';
import { ShopperPool } from './shopper-pool.js';

/** A sender that answers from a script, in order, and remembers what it was sent. */
function scripted(answers: ApiAnswer[]) {
  const sent: ApiRequest[] = [];
  const send = async (call: ApiRequest) => {
    sent.push(call);
    return answers.shift() ?? { status: 201, body: { accessToken: `t${sent.length}`, expiresIn: 900 } };
  };
  return { send, sent };
}

describe('the shopper pool', () => {
  it('signs up each shopper, waiting out a 429 for its Retry-After and saying why', async () => {
    const { send, sent } = scripted([{ status: 429, body: {}, retryAfterSeconds: 0.01 }]);
    const notes: string[] = [];
    const pool = await ShopperPool.signUp(2, send, (line) => notes.push(line));
    expect(pool.shoppers.map((shopper) => shopper.token)).toEqual(['t2', 't3']);
    expect(sent.map((call) => call.route)).toEqual([
      '/api/auth/signup',
      '/api/auth/signup',
      '/api/auth/signup',
    ]);
    expect(notes[0]).toMatch(/rate limited: waiting 0.01 s \(raise AUTH_RATE_LIMIT_PER_MINUTE/);
  });

  it('stops with the status when a signup is refused', async () => {
    const { send } = scripted([{ status: 503, body: {} }]);
    await expect(ShopperPool.signUp(1, send, () => undefined)).rejects.toThrow('could not sign up: 503');
  });

  it('signs in again only the shoppers whose token expires within a minute', async () => {
    const { send, sent } = scripted([]);
    const pool = await ShopperPool.signUp(2, send, () => undefined);
    const [first, second] = pool.shoppers;
    if (!first || !second) throw new Error('two shoppers expected');
    first.expiresAt = Date.now() + 30_000;
    await pool.renewSessions(send, () => undefined);
    expect(sent.slice(2).map((call) => [call.route, (call.body as { email: string }).email])).toEqual([
      ['/api/auth/login', first.email],
    ]);
    expect([first.token, second.token]).toEqual(['t3', 't2']);
  });

  it('checks out a shopper whose cart the run filled, and finds the orders it placed', async () => {
    const { send } = scripted([]);
    const pool = await ShopperPool.signUp(3, send, () => undefined);
    const filled = pool.shoppers[2];
    if (!filled) throw new Error('three shoppers expected');
    filled.cartFilled = true;
    expect(pool.takeFilled(() => 0)).toBe(filled);
    expect(filled.cartFilled).toBe(false);
    expect(pool.withOrder(() => 0)).toBeUndefined();
    filled.orderIds.push('o-9');
    expect(pool.withOrder(() => 0.5)).toEqual({ shopper: filled, orderId: 'o-9' });
  });
});
