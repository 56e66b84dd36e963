import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type HttpApp } from '@bazaar/platform';
import { createTestTokenIssuer, type TestTokenIssuer } from '@bazaar/platform/testing';
import type { OpsQueue, OpsService } from '@bazaar/contracts/gateway';
import { configSchema } from './config.js';
import { createUpstreams, serviceNames } from './upstreams.js';
import { buildApp } from './app.js';
import { urlOf } from './testing/stub-services.js';

/** A cart process that answers its health and its bus report (two orders waiting, one parked). */
async function startStubCart(): Promise<FastifyInstance> {
  const cart = Fastify();
  cart.get('/health/live', async () => ({
    instance: 'cart-0',
    pid: 4242,
    version: '0.1.0',
    uptimeSeconds: 7,
  }));
  cart.get('/health/ready', async () => ({ status: 'ready' }));
  cart.get('/admin/queues', async () => ({
    transport: 'embedded',
    queues: [{ name: 'cart.clear-on-order-paid', depth: 2, consumers: null, deadLetters: 1 }],
    outbox: { backlog: 0, oldestAgeSeconds: 0 },
  }));
  await cart.listen({ port: 0, host: '127.0.0.1' });
  return cart;
}

/** A runner control channel that knows cart-0 and gateway-0 and records what it is told. */
async function startStubRunner(secret: string, asked: string[]): Promise<FastifyInstance> {
  const runner = Fastify();
  runner.addHook('onRequest', async (request, reply) => {
    if (request.headers.authorization !== `Bearer ${secret}`) await reply.status(401).send({});
  });
  const processes = ['cart', 'gateway'].map((name) => ({
    name,
    instance: `${name}-0`,
    port: 9,
    pid: 1,
    restarts: 0,
    phase: 'stopped',
  }));
  runner.get('/instances', async () => ({ items: processes }));
  runner.post<{ Params: { id: string; action: string } }>(
    '/instances/:id/:action',
    async (request, reply) => {
      asked.push(`${request.params.action} ${request.params.id}`);
      return reply.status(202).send({});
    },
  );
  await runner.listen({ port: 0, host: '127.0.0.1' });
  return runner;
}

describe('the ops API', () => {
  let cart: FastifyInstance;
  let runner: FastifyInstance;
  let local: HttpApp;
  let elsewhere: HttpApp;
  let tokens: TestTokenIssuer;
  const asked: string[] = [];
  let admin: { authorization: string };

  beforeAll(async () => {
    tokens = await createTestTokenIssuer();
    cart = await startStubCart();
    runner = await startStubRunner('s3cret', asked);
    const controlFile = path.join(mkdtempSync(path.join(tmpdir(), 'ops-')), 'runner-control.json');
    writeFileSync(controlFile, JSON.stringify({ url: urlOf(runner), secret: 's3cret' }), { mode: 0o600 });
    const nowhere = Object.fromEntries(
      serviceNames.map((name) => [`${name.toUpperCase()}_URL`, 'http://127.0.0.1:9']),
    );
    const env = { ...nowhere, CART_URL: urlOf(cart), LOG_LEVEL: 'silent' };
    const build = async (extra: Record<string, string>) => {
      const config = loadConfig(configSchema, { ...env, ...extra });
      return buildApp({ config, upstreams: createUpstreams(config), verifyToken: tokens.verifier });
    };
    [local, elsewhere] = await Promise.all([build({ RUNNER_CONTROL_FILE: controlFile }), build({})]);
    admin = { authorization: `Bearer ${await tokens.sign({ sub: 'usr_admin', role: 'admin' })}` };
  });
  afterAll(async () => {
    await Promise.all([local.close(), elsewhere.close(), cart.close(), runner.close()]);
  });

  it('serves admins only', async () => {
    const customer = { authorization: `Bearer ${await tokens.sign({ sub: 'usr_1', role: 'customer' })}` };
    expect((await elsewhere.inject({ url: '/api/ops/services' })).statusCode).toBe(401);
    expect((await elsewhere.inject({ url: '/api/ops/queues', headers: customer })).statusCode).toBe(403);
    const stop = await elsewhere.inject({
      method: 'POST',
      url: '/api/ops/instances/cart-0/stop',
      headers: customer,
    });
    expect(stop.statusCode).toBe(403);
  });

  it('lists every declared process, with each instance as its health says, and a silent one as down', async () => {
    const response = await elsewhere.inject({ url: '/api/ops/services', headers: admin });
    const services = response.json<{ items: OpsService[] }>().items;
    expect(services.map((service) => service.name).sort()).toEqual([...serviceNames, 'gateway'].sort());
    const byName = new Map(services.map((service) => [service.name, service]));
    expect(byName.get('cart')?.instances).toEqual([
      { id: 'cart-0', status: 'ready', version: '0.1.0', uptimeSeconds: 7, pid: 4242 },
    ]);
    expect(byName.get('cart')?.consumes).toEqual([
      { queue: 'cart.clear-on-order-paid', types: ['orders.order.paid'] },
    ]);
    expect(byName.get('orders')?.instances).toEqual([
      { id: 'orders-0', status: 'down', version: 'unknown', uptimeSeconds: 0 },
    ]);
    expect(byName.get('gateway')?.instances[0]).toMatchObject({ status: 'ready', pid: process.pid });
  });

  it('lists the queues services report, counting ready instances as consumers, and names the silent services', async () => {
    const body = (await elsewhere.inject({ url: '/api/ops/queues', headers: admin })).json<{
      items: OpsQueue[];
      unavailable: string[];
    }>();
    expect(body.items).toEqual([
      { name: 'cart.clear-on-order-paid', depth: 2, consumers: 1, deadLetters: 1 },
    ]);
    expect(body.unavailable).toContain('orders');
    expect(body.unavailable).not.toContain('cart');
  });

  it('answers 409 NOT_SUPPORTED to stop or start where no local runner runs the system', async () => {
    for (const action of ['stop', 'start']) {
      const response = await elsewhere.inject({
        method: 'POST',
        url: `/api/ops/instances/cart-0/${action}`,
        headers: admin,
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'NOT_SUPPORTED' });
    }
  });

  it('asks the local runner to stop and start an instance (202), never the gateway itself, and 404 for an unknown one', async () => {
    const call = (id: string, action: string) =>
      local.inject({ method: 'POST', url: `/api/ops/instances/${id}/${action}`, headers: admin });
    expect((await call('cart-0', 'stop')).statusCode).toBe(202);
    expect((await call('cart-0', 'start')).statusCode).toBe(202);
    expect((await call('gateway-0', 'stop')).json()).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect((await call('nope-0', 'stop')).statusCode).toBe(404);
    expect(asked).toEqual(['stop cart-0', 'start cart-0']);
  });

  it('shows what the runner says: a stopped instance is down', async () => {
    const services = (await local.inject({ url: '/api/ops/services', headers: admin })).json<{
      items: OpsService[];
    }>();
    const cartService = services.items.find((service) => service.name === 'cart');
    expect(cartService?.instances).toEqual([
      { id: 'cart-0', status: 'down', version: 'unknown', uptimeSeconds: 0 },
    ]);
  });
});
