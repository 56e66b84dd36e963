import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpApp } from './create-http-server.js';
import { remainingMs } from '../context/deadline.js';

describe('request deadlines', () => {
  let app: HttpApp;
  let handled = 0;
  beforeAll(async () => {
    app = await createHttpServer({
      service: 'demo',
      log: { level: 'silent' },
      deadlineOf: (request) => (request.url.startsWith('/slow-route') ? 4_000 : undefined),
    });
    const left = async () => {
      handled++;
      return { remainingMs: remainingMs() ?? null };
    };
    app.get('/work', left);
    app.get('/slow-route', left);
    await app.ready();
  });
  afterAll(() => app.close());

  const get = (url: string, deadline?: string) =>
    app.inject({ method: 'GET', url, headers: deadline === undefined ? {} : { 'x-deadline-ms': deadline } });

  it("gives the handler what remains of the caller's deadline", async () => {
    const left = (await get('/work', '1500')).json<{ remainingMs: number }>().remainingMs;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(1500);
  });

  it('has no deadline when neither the caller nor the route names one', async () => {
    expect((await get('/work')).json()).toEqual({ remainingMs: null });
  });

  it("applies the route's deadline, and the caller's when it is sooner", async () => {
    const routeOnly = (await get('/slow-route')).json<{ remainingMs: number }>().remainingMs;
    expect(routeOnly).toBeGreaterThan(0);
    expect(routeOnly).toBeLessThanOrEqual(4_000);
    expect((await get('/slow-route', '100')).json<{ remainingMs: number }>().remainingMs).toBeLessThanOrEqual(
      100,
    );
    expect(
      (await get('/slow-route', '60000')).json<{ remainingMs: number }>().remainingMs,
    ).toBeLessThanOrEqual(4_000);
  });

  it('refuses work whose deadline has passed with 504 DEADLINE_EXCEEDED, without running it', async () => {
    const before = handled;
    for (const expired of ['0', '-20']) {
      const response = await get('/work', expired);
      expect(response.statusCode).toBe(504);
      expect(response.json()).toMatchObject({ code: 'DEADLINE_EXCEEDED' });
    }
    expect(handled).toBe(before);
  });

  it('ignores a deadline header that is not a whole number of milliseconds', async () => {
    expect((await get('/work', 'soon')).json()).toEqual({ remainingMs: null });
  });
});
