// Zero trust between services, across real processes: every internal route of every service refuses
// a call without its caller's credential, with a user token alone, with a credential meant for
// another service, with an expired one and from a caller the declaration does not allow, and
// serves the callers it allows.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bazaar, callersOf } from '@bazaar/system';
import { cartRoutes } from '@bazaar/contracts/cart';
import { catalogRoutes } from '@bazaar/contracts/catalog';
import { identityRoutes } from '@bazaar/contracts/identity';
import { inventoryRoutes } from '@bazaar/contracts/inventory';
import { notificationRoutes } from '@bazaar/contracts/notifications';
import { orderRoutes } from '@bazaar/contracts/orders';
import { paymentRoutes } from '@bazaar/contracts/payments';
import { recommendationRoutes } from '@bazaar/contracts/recommendations';
import { searchRoutes } from '@bazaar/contracts/search';
import { shippingRoutes } from '@bazaar/contracts/shipping';
import { deadLetterRoutes } from '@bazaar/contracts/routes';
import { adminAccount, signIn } from './support/shop.js';
import { startSystem, type RunningSystem } from './support/system.js';
import { credentialOf } from './support/service-credential.js';

interface Route {
  method: string;
  path: string;
  produces?: string;
}

const routesOf: Record<string, Record<string, Route>> = {
  identity: identityRoutes,
  catalog: catalogRoutes,
  inventory: inventoryRoutes,
  cart: cartRoutes,
  orders: orderRoutes,
  payments: paymentRoutes,
  shipping: shippingRoutes,
  notifications: notificationRoutes,
  recommendations: recommendationRoutes,
  search: searchRoutes,
};
const openPaths = new Set<string>([identityRoutes.jwks.path]);
const required = 'SERVICE_CREDENTIAL_REQUIRED';
const notAllowed = 'CALLER_NOT_ALLOWED';
const services = bazaar.processes.filter((spec) => spec.kind === 'service').map((spec) => spec.name);

/** Every internal route of a service (its own and the dead-letter ones), as a concrete path. */
function internalRoutes(service: string): Route[] {
  const own = Object.values(routesOf[service] ?? {});
  return [...own, ...Object.values(deadLetterRoutes)]
    .filter((route) => !openPaths.has(route.path))
    .map((route) => ({ ...route, path: route.path.replaceAll(/:(\w+)/g, 'zz_$1') }));
}

describe('service identity across real processes', () => {
  let system: RunningSystem;
  let userToken: Record<string, string>;
  let adminToken: Record<string, string>;
  const ports = new Map<string, number>();
  const portOf = (service: string) => ports.get(service) ?? 0;
  const credential = (caller: string, callee: string, issuedSecondsAgo = 0) =>
    credentialOf(system, caller, callee, issuedSecondsAgo);

  beforeAll(async () => {
    system = await startSystem({ env: adminAccount });
    for (const child of (await system.pids()).processes) ports.set(child.name, child.port);
    userToken = (await signIn(system.baseUrl)).headers;
    adminToken = (await signIn(system.baseUrl, { admin: true })).headers;
  }, 150_000);
  afterAll(async () => {
    await system?.remove();
  });

  const send = async (service: string, route: Route, headers: Record<string, string>) => {
    const withBody = !['GET', 'DELETE'].includes(route.method);
    const response = await fetch(`http://127.0.0.1:${portOf(service)}${route.path}`, {
      method: route.method,
      headers: { ...(withBody ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(withBody ? { body: '{}' } : {}),
      signal: AbortSignal.timeout(10_000),
    });
    const isProblem = (response.headers.get('content-type') ?? '').includes('problem+json');
    const code = isProblem ? ((await response.json()) as { code: string }).code : undefined;
    await response.body?.cancel().catch(() => {}); // a live stream stays open otherwise
    return code ?? String(response.status);
  };

  it('refuses every internal route without a valid credential of an allowed caller, and serves allowed callers', async () => {
    const outcomes: string[] = [];
    for (const service of services) {
      const allowed = callersOf(bazaar, service);
      const stranger = services.find((name) => name !== service && !allowed.includes(name));
      const elsewhere = services.find((name) => name !== service) ?? 'identity';
      const caller = allowed[0] ?? 'gateway';
      const attempts: [string, Record<string, string>, string[]][] = [
        ['no credential', {}, [required]],
        ['a user token alone', userToken, [required]],
        [
          'a credential for another service',
          { ...(await credential(caller, elsewhere)), ...userToken },
          [required],
        ],
        ['an expired credential', { ...(await credential(caller, service, 600)), ...userToken }, [required]],
        ...(stranger
          ? [
              [
                `${stranger}, which may not call it`,
                { ...(await credential(stranger, service)), ...userToken },
                [notAllowed],
              ],
            ]
          : []),
      ] as [string, Record<string, string>, string[]][];
      for (const route of internalRoutes(service)) {
        for (const [who, headers, refusedWith] of attempts) {
          const status = await send(service, route, headers);
          if (!refusedWith.includes(status))
            outcomes.push(`${service} ${route.method} ${route.path} with ${who}: ${status}`);
        }
        for (const allowedCaller of allowed) {
          const status = await send(service, route, {
            ...(await credential(allowedCaller, service)),
            ...adminToken,
          });
          if ([required, notAllowed].includes(status))
            outcomes.push(`${service} ${route.method} ${route.path} refused ${allowedCaller}: ${status}`);
        }
      }
    }
    expect(outcomes).toEqual([]);
  }, 120_000);

  it('keeps health and the signing keys open to anyone on the host', async () => {
    for (const service of services) {
      expect(await send(service, { method: 'GET', path: '/health/live' }, {})).toBe('200');
    }
    expect(await send('identity', { method: 'GET', path: identityRoutes.jwks.path }, {})).toBe('200');
  });

  it('serves /metrics to the metrics token in DATA_DIR and to nobody else without a credential', async () => {
    const token = fs.readFileSync(path.join(system.dataDir, 'metrics-token'), 'utf8').trim();
    expect(fs.statSync(path.join(system.dataDir, 'metrics-token')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(system.dataDir, 'service-keys.json')).mode & 0o777).toBe(0o600);
    for (const service of services) {
      expect(await send(service, { method: 'GET', path: '/metrics' }, {})).toBe(required);
      expect(
        await send(service, { method: 'GET', path: '/metrics' }, { authorization: `Bearer ${token}` }),
      ).toBe('200');
    }
  });
});
