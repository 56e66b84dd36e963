// The two two-hop paths of the gateway goal, each in its own processes: the floor (bare Fastify
// → undici → bare Fastify → SQLite) and the kit (a platform-built proxy → the real catalog service).
import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serviceCredentialHeader, serviceCredentialMinter } from '@bazaar/platform';
import { newMetricsToken, newServiceKey, serviceSecretsEnvironment } from '@bazaar/runner/service-keys';
import { nextMessage, stopped } from './child-process.js';
import { measureLoad, type LoadResult } from './load.js';
import { repoRoot, waitFor200 } from './system-process.js';

const baselineDir = fileURLToPath(new URL('./baseline/', import.meta.url));

/** Bare Fastify forwarding with undici to bare Fastify reading the row from a copy of the catalog's SQLite file. */
export async function measureBareTwoHop(
  catalogFile: string,
  productId: string,
  port: number,
): Promise<LoadResult> {
  const copy = path.join(os.tmpdir(), `bazaar-floor-${process.pid}.sqlite`);
  fs.copyFileSync(catalogFile, copy);
  const reader = fork(path.join(baselineDir, 'bare-reader.js'), [copy, String(port)], { stdio: 'ignore' });
  const proxy = fork(
    path.join(baselineDir, 'bare-proxy.js'),
    [`http://127.0.0.1:${port}`, String(port + 1)],
    {
      stdio: 'ignore',
    },
  );
  try {
    await Promise.all([reader, proxy].map(nextMessage));
    return await measureLoad(`http://127.0.0.1:${port + 1}/api/products/${productId}`);
  } finally {
    reader.kill();
    proxy.kill();
    fs.rmSync(copy, { force: true });
  }
}

/**
 * The platform kit on both hops, logging at info and metrics on: a kit-built proxy in front of
 * the real catalog service (its own data folder, seeded), both writing their logs to /dev/null.
 */
export async function measureKitTwoHop(port: number): Promise<LoadResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-kit-two-hop-'));
  const env = { ...process.env, LOG_LEVEL: 'info', LOG_FORMAT: 'json', DATA_DIR: dataDir };
  // the proxy proves itself to catalog as the gateway does, with a key catalog was given
  const secrets = { keys: { gateway: newServiceKey('gateway') }, metricsToken: newMetricsToken() };
  const catalog = spawn(process.execPath, ['services/catalog/dist/main.js'], {
    cwd: repoRoot,
    env: { ...env, ...serviceSecretsEnvironment(secrets, 'catalog'), PORT: String(port) },
    stdio: 'ignore',
  });
  const catalogUrl = `http://127.0.0.1:${port}`;
  const proxy = fork(path.join(baselineDir, 'kit-proxy.js'), [catalogUrl, String(port + 1)], {
    env: { ...env, ...serviceSecretsEnvironment(secrets, 'gateway') },
    stdio: 'ignore',
  });
  try {
    await waitFor200(`${catalogUrl}/health/ready`);
    await nextMessage(proxy);
    const mint = serviceCredentialMinter('gateway', serviceSecretsEnvironment(secrets, 'gateway'));
    const headers = { [serviceCredentialHeader]: (await mint?.('catalog')) ?? '' };
    const page = (await (await fetch(`${catalogUrl}/products?pageSize=1`, { headers })).json()) as {
      items: Array<{ id: string }>;
    };
    return await measureLoad(`http://127.0.0.1:${port + 1}/api/products/${page.items[0]?.id ?? ''}`);
  } finally {
    proxy.kill();
    await stopped(catalog);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
