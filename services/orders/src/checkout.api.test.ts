import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@bazaar/platform/testing';
import type { Order } from '@bazaar/contracts/orders';
import { checkoutBody, twoLineCart } from './testing/checkout-requests.js';
import { startOrdersTestApp, type OrdersTestApp } from './testing/orders-test-app.js';

for (const { engine, available } of enginesUnderTest()) {
  describe.skipIf(!available)(`checkout and order queries on ${engine}`, () => {
    let orders: OrdersTestApp;
    let ann: Record<string, string>;
    let bob: Record<string, string>;

    beforeAll(async () => {
      orders = await startOrdersTestApp(engine);
      ann = await orders.signIn('usr_ann');
      bob = await orders.signIn('usr_bob');
      orders.cart.setCart('usr_ann', twoLineCart);
    });
    afterAll(async () => {
      await orders?.close();
    });

    const checkout = (body: unknown, headers = ann) =>
      orders.app.inject({ method: 'POST', url: '/checkout', payload: body as object, headers });
    const get = (url: string, headers = ann) => orders.app.inject({ method: 'GET', url, headers });

    it('places the cart as a pending order (202) and announces orders.order.placed', async () => {
      const answer = await checkout(checkoutBody('first-order-key'));
      expect(answer.statusCode).toBe(202);
      const order: Order = answer.json().order;
      expect(order).toMatchObject({
        status: 'pending',
        items: twoLineCart.items,
        total: twoLineCart.total,
        payment: { brand: 'visa', last4: '4242' },
        shipment: null,
        history: [{ status: 'pending', at: order.createdAt }],
      });
      expect(order.id).toMatch(/^ord_[0-9a-f]+$/);
      expect(JSON.stringify(order)).not.toContain('tok_test_visa');
      const placed = await orders.peer.waitFor<{ orderId: string }>(
        'orders.order.placed',
        (data) => data.orderId === order.id,
      );
      expect(placed.data).toMatchObject({ userId: 'usr_ann', total: { amount: 3080 } });
      expect(placed.data).toMatchObject({
        items: [{ productId: 'prd_headphones', quantity: 2 }, { productId: 'prd_cable' }],
      });
      expect((await get(`/orders/${order.id}`)).json()).toEqual(order);
    });

    it('gives the same order back for the same key and request, even when 5 race', async () => {
      const countBefore = (await get('/orders')).json().total;
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => checkout(checkoutBody('racing-key-1'))),
      );
      const ids = new Set(answers.map((answer) => answer.json().order.id));
      expect(ids.size).toBe(1);
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 202]);
      const again = await checkout(checkoutBody('racing-key-1'));
      expect(again.statusCode).toBe(200);
      expect(again.json().order).toEqual(answers[0]!.json().order);
      expect((await get('/orders')).json().total).toBe(countBefore + 1);
    });

    it('refuses the same key with another request with 422 IDEMPOTENCY_KEY_REUSED', async () => {
      expect((await checkout(checkoutBody('reused-key-1'))).statusCode).toBe(202);
      const reused = await checkout(checkoutBody('reused-key-1', 'fingerprint-b'));
      expect(reused.statusCode).toBe(422);
      expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('refuses an empty cart with 409 CART_EMPTY', async () => {
      const empty = await checkout(checkoutBody('empty-cart-key'), bob);
      expect(empty.statusCode).toBe(409);
      expect(empty.json().code).toBe('CART_EMPTY');
    });

    it('refuses bad input with 400 naming the field', async () => {
      const body = checkoutBody('bad-input-key');
      const { city: _city, ...withoutCity } = body.shippingAddress;
      const cases: [unknown, string][] = [
        [{ ...body, surprise: true }, 'body.surprise'],
        [{ ...body, shippingAddress: withoutCity }, 'body.shippingAddress.city'],
        [{ ...body, idempotencyKey: 'short' }, 'body.idempotencyKey'],
        [
          { ...body, payment: { ...body.payment, cardNumber: '4242424242424242' } },
          'body.payment.cardNumber',
        ],
      ];
      for (const [input, field] of cases) {
        const answer = await checkout(input);
        expect(answer.statusCode).toBe(400);
        expect(answer.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
    });

    it('asks for a signed-in caller', async () => {
      expect((await checkout(checkoutBody('no-token-key'), {})).statusCode).toBe(401);
      expect((await get('/orders', {})).statusCode).toBe(401);
    });

    it('shows each user only their own orders, newest first; another user’s is 404', async () => {
      const mine = (await get('/orders?page=1&pageSize=100')).json();
      expect(mine.total).toBeGreaterThanOrEqual(3);
      const created = mine.items.map((order: Order) => order.createdAt);
      expect(created).toEqual([...created].sort().reverse());
      const anns = mine.items[0] as Order;
      expect((await get('/orders', bob)).json()).toEqual({ items: [], total: 0 });
      expect((await get(`/orders/${anns.id}`, bob)).statusCode).toBe(404);
      const cancel = await orders.app.inject({
        method: 'POST',
        url: `/orders/${anns.id}/cancel`,
        headers: bob,
      });
      expect(cancel.statusCode).toBe(404);
      expect((await get(`/orders/${anns.id}`)).json().status).not.toBe('cancelled');
      expect((await get('/orders?pageSize=1&page=2')).json().items).toEqual([mine.items[1]]);
    });

    it('lets only an admin read any order', async () => {
      const anns = (await get('/orders')).json().items[0] as Order;
      expect((await get(`/admin/orders/${anns.id}`, ann)).statusCode).toBe(403);
      expect((await get(`/admin/orders/${anns.id}`, await orders.signIn('usr_ops', 'admin'))).json()).toEqual(
        anns,
      );
      expect(
        (await get('/admin/orders/ord_missing', await orders.signIn('usr_ops', 'admin'))).statusCode,
      ).toBe(404);
    });
  });
}
