import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpApp } from './create-http-server.js';
import { waitUntil } from '../testing/wait-until.js';

const off = { maxEventLoopDelayMs: 0, maxHeapUsedBytes: 0, maxInFlight: 0 };

describe('load shedding', () => {
  let app: HttpApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  /** Serves `/hold` (answers once released) and `/quick`; returns its base URL and the release. */
  async function start(limits: typeof off) {
    app = await createHttpServer({ service: 'demo', log: { level: 'silent' }, loadLimits: limits });
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding = 0;
    app.get('/hold', async () => {
      holding++;
      await released;
      return { held: true };
    });
    app.get('/quick', async () => ({ quick: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    return { baseUrl, release, holding: () => holding };
  }

  it('answers 503 OVERLOADED with Retry-After beyond its requests in flight, health still answering', async () => {
    const { baseUrl, release, holding } = await start({ ...off, maxInFlight: 2 });
    const held = [fetch(`${baseUrl}/hold`), fetch(`${baseUrl}/hold`)];
    await waitUntil(() => holding() === 2, 10_000, 'two requests in flight');
    const shed = await fetch(`${baseUrl}/quick`);
    expect(shed.status).toBe(503);
    expect(shed.headers.get('retry-after')).toBe('1');
    expect(shed.headers.get('content-type')).toContain('application/problem+json');
    expect(await shed.json()).toMatchObject({ code: 'OVERLOADED' });
    expect((await fetch(`${baseUrl}/health/live`)).status).toBe(200);
    release();
    expect((await Promise.all(held)).map((response) => response.status)).toEqual([200, 200]);
    expect((await fetch(`${baseUrl}/quick`)).status).toBe(200); // the slots came back
  });

  it('sheds on memory pressure seen by @fastify/under-pressure, and never sheds health', async () => {
    const { baseUrl } = await start({ ...off, maxHeapUsedBytes: 1 }); // always over, from its first sample on
    let shed: Response | undefined;
    await waitUntil(
      async () => {
        const response = await fetch(`${baseUrl}/quick`);
        if (response.status === 503) shed = response;
        else await response.body?.cancel();
        return shed !== undefined;
      },
      10_000,
      'a request shed under heap pressure',
    );
    expect(shed?.headers.get('retry-after')).toBe('1');
    expect(await shed?.json()).toMatchObject({ code: 'OVERLOADED' });
    expect((await fetch(`${baseUrl}/health/live`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/health/ready`)).status).toBe(200);
  });
});
