import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openControlChannel, type ControlChannel, type ControlledFleet } from './control-channel.js';
import type { ControlFile } from './control-file.js';
import type { ProcessStatus } from './runner-state.js';

/** A fleet of one instance that records what it was asked to do. */
function fleetOfOne(): ControlledFleet & { asked: string[] } {
  const asked: string[] = [];
  const status: ProcessStatus = {
    name: 'cart',
    instance: 'cart-0',
    port: 1,
    pid: 1,
    restarts: 0,
    phase: 'running',
  };
  return {
    asked,
    statuses: () => [status],
    stopInstance: (id) => id === 'cart-0' && asked.push(`stop ${id}`) > 0,
    startInstance: (id) => id === 'cart-0' && asked.push(`start ${id}`) > 0,
  };
}

describe('the control channel', () => {
  let channel: ControlChannel | undefined;
  afterEach(() => channel?.close());

  const open = async () => {
    const fleet = fleetOfOne();
    channel = await openControlChannel(fleet, mkdtempSync(path.join(tmpdir(), 'control-')));
    const file = JSON.parse(readFileSync(channel.file, 'utf8')) as ControlFile;
    const call = (method: string, url: string, secret = file.secret) =>
      fetch(`${file.url}${url}`, { method, headers: { authorization: `Bearer ${secret}` } });
    return { fleet, file, call };
  };

  it('listens on loopback only and keeps its secret in a file only this user can read', async () => {
    const { file } = await open();
    expect(new URL(file.url).hostname).toBe('127.0.0.1');
    expect(file.secret.length).toBeGreaterThanOrEqual(40);
    expect(statSync(channel!.file).mode & 0o777).toBe(0o600);
  });

  it('refuses a caller without the secret, and does nothing for it', async () => {
    const { fleet, call } = await open();
    expect((await call('POST', '/instances/cart-0/stop', 'wrong')).status).toBe(401);
    expect((await fetch(`${channel!.url}/instances`)).status).toBe(401);
    expect(fleet.asked).toEqual([]);
  });

  it('stops and starts a known instance with 202, answers 404 for an unknown one, and lists them', async () => {
    const { fleet, call } = await open();
    expect((await call('POST', '/instances/cart-0/stop')).status).toBe(202);
    expect((await call('POST', '/instances/cart-0/start')).status).toBe(202);
    expect((await call('POST', '/instances/nope-0/stop')).status).toBe(404);
    expect((await call('DELETE', '/instances/cart-0/stop')).status).toBe(404);
    expect(fleet.asked).toEqual(['stop cart-0', 'start cart-0']);
    const list = (await (await call('GET', '/instances')).json()) as { items: ProcessStatus[] };
    expect(list.items.map((item) => item.instance)).toEqual(['cart-0']);
  });
});
