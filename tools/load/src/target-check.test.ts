import { describe, expect, it } from 'vitest';
import { isLocalTarget, isLoopbackAddress, localAddresses } from './target-check.js';

const resolver = (table: Record<string, string[]>) => async (host: string) => table[host] ?? [];

describe('the target check', () => {
  it('knows loopback addresses in every spelling', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) {
      expect(isLoopbackAddress(address)).toBe(true);
    }
    for (const address of ['10.0.0.1', '128.0.0.1', '::2', '8.8.8.8']) {
      expect(isLoopbackAddress(address)).toBe(false);
    }
  });

  it('accepts loopback, localhost and an address of this machine', async () => {
    const own = new Set(['192.168.7.7']);
    const resolve = resolver({ localhost: ['127.0.0.1', '::1'] });
    expect(await isLocalTarget(new URL('http://127.0.0.1:8080'), resolve, own)).toBe(true);
    expect(await isLocalTarget(new URL('http://[::1]:8080'), resolve, own)).toBe(true);
    expect(await isLocalTarget(new URL('http://localhost:8080'), resolve, own)).toBe(true);
    expect(await isLocalTarget(new URL('http://192.168.7.7'), resolve, own)).toBe(true);
  });

  it('refuses another machine, a name that also resolves elsewhere, and a name that resolves to nothing', async () => {
    const own = new Set<string>();
    const resolve = resolver({ shop: ['203.0.113.5'], mixed: ['127.0.0.1', '203.0.113.5'] });
    expect(await isLocalTarget(new URL('http://203.0.113.5'), resolve, own)).toBe(false);
    expect(await isLocalTarget(new URL('https://shop'), resolve, own)).toBe(false);
    expect(await isLocalTarget(new URL('https://mixed'), resolve, own)).toBe(false);
    expect(await isLocalTarget(new URL('https://nowhere'), resolve, own)).toBe(false);
  });

  it('resolves localhost with the real resolver and lists this machine’s loopback interface', async () => {
    expect(await isLocalTarget(new URL('http://localhost:1'))).toBe(true);
    expect(localAddresses().has('127.0.0.1')).toBe(true);
  });
});
