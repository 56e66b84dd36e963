import { describe, expect, it } from 'vitest';
import { childEnvironment, instancesOf, planInstances, urlVariables } from './instances.js';
import { parseScale } from './scale.js';
import type { ProcessSpec } from './topology.js';

// A small system of its own, so these rules do not change each time a service joins the real one.
const topology: readonly ProcessSpec[] = [
  { name: 'identity', dir: 'services/identity', port: 1, calls: [] },
  { name: 'catalog', dir: 'services/catalog', port: 2, calls: ['identity'] },
  {
    name: 'gateway',
    dir: 'apps/gateway',
    port: 'public',
    calls: ['identity', 'catalog'],
  },
];

const settings = (scale?: string, servicePortBase = 7100, gatewayPort = 8080) => ({
  servicePortBase,
  gatewayPort,
  replicas: parseScale(scale, topology),
});

describe('planInstances', () => {
  it('puts each service on SERVICE_PORT_BASE + offset and the gateway on PORT, in start order', () => {
    const instances = planInstances(topology, settings());
    expect(instances.map(({ id, port, dir }) => ({ id, port, dir }))).toEqual([
      { id: 'identity-0', port: 7101, dir: 'services/identity' },
      { id: 'catalog-0', port: 7102, dir: 'services/catalog' },
      { id: 'gateway-0', port: 8080, dir: 'apps/gateway' },
    ]);
  });

  it('places replica r of a service 100 * r ports higher', () => {
    const instances = planInstances(topology, settings('catalog=3,identity=2', 20000));
    expect(instances.map((instance) => `${instance.id}:${instance.port}`)).toEqual([
      'identity-0:20001',
      'identity-1:20101',
      'catalog-0:20002',
      'catalog-1:20102',
      'catalog-2:20202',
      'gateway-0:8080',
    ]);
  });

  it('refuses a gateway port that a service already uses', () => {
    expect(() => planInstances(topology, settings(undefined, 7100, 7102))).toThrow(
      'catalog-0 and gateway-0 would both listen on port 7102',
    );
  });

  it('refuses ports beyond 65535', () => {
    expect(() => planInstances(topology, settings('catalog=2', 65450))).toThrow(
      'catalog-1 would listen on 65552',
    );
  });
});

describe('instancesOf', () => {
  it('takes every replica of the named processes (a start wave), in plan order', () => {
    const instances = planInstances(topology, settings('identity=2'));
    const wave = instancesOf(instances, [{ name: 'gateway' }, { name: 'identity' }]);
    expect(wave.map((instance) => instance.id)).toEqual(['identity-0', 'identity-1', 'gateway-0']);
  });
});

describe('urlVariables', () => {
  it('lists every replica of every process, comma-separated, under <NAME>_URL', () => {
    const instances = planInstances(topology, settings('catalog=2'));
    expect(urlVariables(instances)).toEqual({
      IDENTITY_URL: 'http://127.0.0.1:7101',
      CATALOG_URL: 'http://127.0.0.1:7102,http://127.0.0.1:7202',
      GATEWAY_URL: 'http://127.0.0.1:8080',
    });
  });
});

describe('childEnvironment', () => {
  it("gives a child the runner's environment plus its own PORT, HOST, DATA_DIR, instance and its calls' URLs", () => {
    const instances = planInstances(topology, settings('catalog=2'));
    const catalog1 = instances.find((instance) => instance.id === 'catalog-1');
    if (!catalog1) throw new Error('catalog-1 is missing');
    const inheritedEnv = { PATH: '/bin', PORT: '8080', BUS_URL: 'amqp://bus', NODE_ENV: 'development' };
    const env = childEnvironment(catalog1, instances, { inheritedEnv, dataDir: '/data' });
    expect(env).toEqual({
      PATH: '/bin',
      BUS_URL: 'amqp://bus',
      NODE_ENV: 'development',
      BAZAAR_ENV: 'development',
      PORT: '7202',
      HOST: '127.0.0.1',
      DATA_DIR: '/data',
      SERVICE_INSTANCE: 'catalog-1',
      IDENTITY_URL: 'http://127.0.0.1:7101',
      MALLOC_MMAP_THRESHOLD_: '131072',
    });
  });

  it('gives no <NAME>_URL of a process the child does not declare it calls', () => {
    const instances = planInstances(topology, settings());
    const urlsOf = (id: string) => {
      const instance = instances.find((candidate) => candidate.id === id);
      if (!instance) throw new Error(`${id} is missing`);
      const env = childEnvironment(instance, instances, { inheritedEnv: {}, dataDir: '/data' });
      return Object.keys(env).filter((key) => key.endsWith('_URL'));
    };
    // identity is given only its own URL: its JWKS verifies the admin tokens of its admin routes
    expect(urlsOf('identity-0')).toEqual(['IDENTITY_URL']);
    expect(urlsOf('catalog-0')).toEqual(['IDENTITY_URL']);
    expect(urlsOf('gateway-0')).toEqual(['IDENTITY_URL', 'CATALOG_URL']);
  });

  it("lets the runner's own environment override the malloc setting", () => {
    const [identity] = planInstances(topology, settings());
    if (!identity) throw new Error('identity is missing');
    const inheritedEnv = { MALLOC_MMAP_THRESHOLD_: '65536' };
    const env = childEnvironment(identity, [identity], { inheritedEnv, dataDir: '/data' });
    expect(env.MALLOC_MMAP_THRESHOLD_).toBe('65536');
  });

  it('gives callers the overridden URL of a process (RUNNER_URL_OVERRIDES) and leaves the others', () => {
    const instances = planInstances(topology, settings());
    const gateway = instances.find((instance) => instance.name === 'gateway');
    if (!gateway) throw new Error('gateway is missing');
    const urlOverrides = { CATALOG_URL: 'http://127.0.0.1:40123' };
    const env = childEnvironment(gateway, instances, { inheritedEnv: {}, dataDir: '/data', urlOverrides });
    expect(env.CATALOG_URL).toBe('http://127.0.0.1:40123');
    expect(env.IDENTITY_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
