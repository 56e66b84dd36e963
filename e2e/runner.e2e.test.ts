// The local runner behind `npm start`: every process is up and reachable, a killed process comes
// back on its own, and Ctrl-C stops everything it started.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bazaar } from '@bazaar/system';
import { eventually, isAlive, within } from './support/eventually.js';
import { fetchJson } from './support/http.js';
import { isPortFree } from './support/ports.js';
import { environmentOf } from './support/process-environment.js';
import type { RunnerProcess } from './support/runner-state.js';
import { startSystem, type RunningSystem } from './support/system.js';

/** GET /health/live on every process. */
interface Liveness {
  status: 'ok';
  service: string;
  instance: string;
  pid: number;
}

/** GET /health/system on the gateway. */
interface SystemHealth {
  status: string;
  services: Record<string, { status: string; instances: unknown }>;
}

async function instance(system: RunningSystem, id: string): Promise<RunnerProcess> {
  const found = (await system.pids()).processes.find((child) => child.instance === id);
  if (!found) throw new Error(`${id} is not in runner.json`);
  return found;
}

/** The permission bits of a file, e.g. 0o600. */
const modeOf = (file: string) => statSync(file).mode & 0o777;

const secrets = {
  ADMIN_PASSWORD: 'e2e-admin-password',
  PAYMENTS_FINGERPRINT_SECRET: 'e2e-fingerprint-secret',
};

const liveness = (port: number) => fetchJson<Liveness>(`http://127.0.0.1:${port}/health/live`);

describe('a system started with npm start', () => {
  let system: RunningSystem | undefined;
  const running = () => system ?? expect.unreachable('the system did not start');

  beforeAll(async () => {
    system = await startSystem({ env: secrets });
  });
  afterAll(async () => {
    await system?.remove();
  });

  it('lists every declared process in runner.json, each answers /health/live with its own pid, all are ready', async () => {
    const { processes } = await running().pids();
    expect(processes.map((child) => child.instance)).toEqual(
      bazaar.processes.map((spec) => `${spec.name}-0`),
    );
    for (const child of processes) {
      const { status, body } = await liveness(child.port);
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'ok', service: child.name, instance: child.instance });
      expect(body.pid).toBe(child.pid);
    }
    const health = await fetchJson<SystemHealth>(`${running().baseUrl}/health/system`);
    expect(health.body.status).toBe('ok');
    const services = bazaar.process('gateway').calls;
    expect(Object.keys(health.body.services).sort()).toEqual([...services].sort());
    for (const name of services) expect(health.body.services[name]?.status).toBe('ready');
  });

  it('keeps DATA_DIR to its owner (0700, files 0600) and hands each process only its own secrets', async () => {
    const { dataDir } = running();
    expect(modeOf(dataDir)).toBe(0o700);
    const files = readdirSync(dataDir).filter((name) => name.endsWith('.sqlite') || name.endsWith('.json'));
    expect(files).toEqual(expect.arrayContaining(['identity.sqlite', 'bus.sqlite', 'service-keys.json']));
    for (const name of files)
      expect({ name, mode: modeOf(path.join(dataDir, name)) }).toEqual({ name, mode: 0o600 });

    const environments = new Map(
      (await running().pids()).processes.map((child) => [
        child.name,
        new Map(Object.entries(environmentOf(child.pid ?? 0))),
      ]),
    );
    expect(environments.get('identity')?.get('ADMIN_PASSWORD')).toBe(secrets.ADMIN_PASSWORD);
    expect(environments.get('payments')?.get('PAYMENTS_FINGERPRINT_SECRET')).toBe(
      secrets.PAYMENTS_FINGERPRINT_SECRET,
    );
    for (const [name, environment] of environments) {
      if (name !== 'identity')
        expect({ name, has: environment.has('ADMIN_PASSWORD') }).toEqual({ name, has: false });
      if (name !== 'payments') {
        expect({ name, has: environment.has('PAYMENTS_FINGERPRINT_SECRET') }).toEqual({ name, has: false });
      }
      const ownKey = environment.get('SERVICE_KEY');
      const otherKeys = [...environments]
        .filter(([other]) => other !== name)
        .map(([, env]) => env.get('SERVICE_KEY'));
      expect(ownKey).toBeTruthy();
      expect(otherKeys).not.toContain(ownKey);
    }
  });

  it('when catalog is killed with SIGKILL, the runner restarts it and the system is ok within 15 s', async () => {
    const before = await instance(running(), 'catalog-0');
    expect((await liveness(before.port)).body.pid).toBe(before.pid);

    process.kill(before.pid ?? expect.unreachable('catalog-0 has no pid'), 'SIGKILL');

    const newPid = await eventually(
      async () => {
        const { body } = await liveness(before.port);
        if (body.pid === before.pid) return false;
        const health = await fetchJson<SystemHealth>(`${running().baseUrl}/health/system`);
        return health.status === 200 && health.body.status === 'ok' && body.pid;
      },
      { timeoutMs: 15_000, what: 'catalog back with a new pid and /health/system ok' },
    );
    const after = await instance(running(), 'catalog-0');
    expect(after).toMatchObject({ pid: newPid, restarts: before.restarts + 1, phase: 'running' });
    expect(running().output()).toMatch(/catalog-0 was killed by SIGKILL; restarting/);
  });
});

describe('stopping npm start', () => {
  let system: RunningSystem | undefined;
  afterEach(async () => {
    await system?.remove();
  });

  it('SIGINT (Ctrl-C) stops the runner and every process it started within a few seconds', async () => {
    system = await startSystem();
    const { runnerPid, processes } = await system.pids();
    const pids = [runnerPid, ...processes.map((child) => child.pid ?? expect.unreachable('no pid'))];

    system.signal('SIGINT');

    // npm re-raises the SIGINT it received on itself once its script has ended.
    const exit = await within(system.exited(), 8_000, 'npm start exits after SIGINT');
    expect(exit.code === 0 || exit.signal === 'SIGINT').toBe(true);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(await isPortFree(system.port)).toBe(true);
    expect(system.output()).toMatch(/every process has stopped/);
    const after = await system.pids();
    expect(after.processes.map((child) => [child.instance, child.phase, child.pid])).toEqual(
      processes.map((child) => [child.instance, 'stopped', null]),
    );
  });
});
