import { describe, expect, it } from 'vitest';
import { readRunnerConfig } from './runner-config.js';
import { topology } from './topology.js';

const repoRoot = '/repo';

describe('readRunnerConfig', () => {
  it('uses PORT 8080, SERVICE_PORT_BASE 7100 and <repo>/.data by default', () => {
    const config = readRunnerConfig({}, repoRoot, topology);
    expect(config).toMatchObject({ gatewayPort: 8080, servicePortBase: 7100, dataDir: '/repo/.data' });
  });

  it('takes ports and an absolute DATA_DIR from the environment, and passes the rest on', () => {
    const env = { PORT: '9090', SERVICE_PORT_BASE: '20000', DATA_DIR: '/tmp/bazaar', NODE_ENV: 'production' };
    const config = readRunnerConfig(env, repoRoot, topology);
    expect(config).toMatchObject({ gatewayPort: 9090, servicePortBase: 20000, dataDir: '/tmp/bazaar' });
    expect(config.inheritedEnv.NODE_ENV).toBe('production');
  });

  it('resolves a relative DATA_DIR against the repository', () => {
    expect(readRunnerConfig({ DATA_DIR: 'tmp/run' }, repoRoot, topology).dataDir).toBe('/repo/tmp/run');
  });

  it('passes database, bus and admin settings through to the children untouched', () => {
    const env = {
      DATABASE_URL: 'postgres://db/',
      BUS_URL: 'amqp://bus',
      ADMIN_EMAIL: 'a@b.c',
      ADMIN_PASSWORD: 's3cret',
    };
    expect(readRunnerConfig(env, repoRoot, topology).inheritedEnv).toMatchObject(env);
  });

  it.each([
    ['PORT', 'http'],
    ['PORT', '0'],
    ['SERVICE_PORT_BASE', '70000'],
    ['SERVICE_PORT_BASE', '71.5'],
  ])('rejects %s=%s', (name, value) => {
    expect(() => readRunnerConfig({ [name]: value }, repoRoot, topology)).toThrow(
      `${name} must be a port number between 1 and 65535, got "${value}"`,
    );
  });

  it('reads SCALE', () => {
    expect(readRunnerConfig({ SCALE: 'catalog=3' }, repoRoot, topology).replicas.get('catalog')).toBe(3);
  });

  it('reads RUNNER_URL_OVERRIDES, off by default', () => {
    expect(readRunnerConfig({}, repoRoot, topology).urlOverrides).toEqual({});
    const env = { RUNNER_URL_OVERRIDES: 'inventory=http://127.0.0.1:40123' };
    expect(readRunnerConfig(env, repoRoot, topology).urlOverrides).toEqual({
      INVENTORY_URL: 'http://127.0.0.1:40123',
    });
  });

  it('reads CPU_PROFILE_DIR against the repository, off by default', () => {
    expect(readRunnerConfig({}, repoRoot, topology).cpuProfileDir).toBeUndefined();
    expect(readRunnerConfig({ CPU_PROFILE_DIR: 'prof' }, repoRoot, topology).cpuProfileDir).toBe(
      '/repo/prof',
    );
  });

  it('turns source maps on with SOURCE_MAPS=true, off by default, and refuses anything else', () => {
    expect(readRunnerConfig({}, repoRoot, topology).sourceMaps).toBe(false);
    expect(readRunnerConfig({ SOURCE_MAPS: 'true' }, repoRoot, topology).sourceMaps).toBe(true);
    expect(readRunnerConfig({ SOURCE_MAPS: '0' }, repoRoot, topology).sourceMaps).toBe(false);
    expect(() => readRunnerConfig({ SOURCE_MAPS: 'yes' }, repoRoot, topology)).toThrow(
      'SOURCE_MAPS must be true or false, got "yes"',
    );
  });
});
