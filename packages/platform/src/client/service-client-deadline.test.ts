import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineIn } from '../context/deadline.js';
import { runInRequestContext } from '../context/request-context.js';
import { createServiceClient } from './service-client.js';

const withDeadline = <T>(remainingMs: number, work: () => Promise<T>) =>
  runInRequestContext({ requestId: 'r', correlationId: 'c', deadlineAt: deadlineIn(remainingMs) }, work);

/** A test server that counts its requests; `/hang` never answers, `/fail` answers 503 (`/maybe` too when `faulty`). */
async function startServer(faulty: boolean) {
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    seen.push(request.url ?? '');
    if (request.url === '/hang') return;
    if (request.url === '/fail' || (faulty && request.url === '/maybe'))
      return void response.writeHead(503).end();
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ deadline: request.headers['x-deadline-ms'] ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return { baseUrl, seen, close };
}

describe('the service client under a deadline', () => {
  let servers: Awaited<ReturnType<typeof startServer>>[];
  beforeAll(async () => {
    servers = await Promise.all([startServer(true), startServer(false)]);
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });
  const first = () => servers[0]!;
  const second = () => servers[1]!;

  it('passes the remaining milliseconds on, and sends no deadline when the caller has none', async () => {
    const client = createServiceClient({ name: 'echo', baseUrls: [first().baseUrl] });
    const answer = await withDeadline(2_000, () => client.request({ method: 'GET', path: '/echo' }));
    const passedOn = Number((answer.body as { deadline: string }).deadline);
    expect(passedOn).toBeGreaterThan(0);
    expect(passedOn).toBeLessThanOrEqual(2_000);
    const without = await client.request({ method: 'GET', path: '/echo' });
    expect((without.body as { deadline: null }).deadline).toBeNull();
    await client.close();
  });

  it('waits at most the remaining time, not its own longer timeout, and does not retry past it', async () => {
    const client = createServiceClient({ name: 'hang', baseUrls: [first().baseUrl], timeoutMs: 60_000 });
    const before = first().seen.length;
    const started = performance.now();
    await expect(
      withDeadline(200, () => client.request({ method: 'GET', path: '/hang' })),
    ).rejects.toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(first().seen.length - before).toBe(1);
    await client.close();
  });

  it('does not call at all once the deadline has passed', async () => {
    const client = createServiceClient({ name: 'late', baseUrls: [first().baseUrl] });
    const before = first().seen.length;
    await expect(
      withDeadline(-1, () => client.request({ method: 'GET', path: '/echo' })),
    ).rejects.toMatchObject({ status: 503 });
    expect(first().seen.length).toBe(before);
    await client.close();
  });

  it('retries a failing dependency only within its budget (about a tenth more calls)', async () => {
    const client = createServiceClient({ name: 'failing', baseUrls: [first().baseUrl], retries: 2 });
    const before = first().seen.length;
    for (let call = 0; call < 100; call++) {
      await client.request({ method: 'GET', path: '/fail' }).catch(() => undefined);
    }
    // 100 first attempts, the reserve of 10 retries and the 10 that 100 attempts earn; 300 without a budget
    expect(first().seen.length - before).toBeLessThanOrEqual(120);
    await client.close();
  });

  it('sends the retry of an idempotent call to another replica', async () => {
    const client = createServiceClient({
      name: 'pair',
      baseUrls: [first().baseUrl, second().baseUrl],
      retries: 1,
      breakerThreshold: 1_000,
    });
    // at once, so that without the preference round-robin sends about half the retries back to the faulty one
    const calls = Array.from({ length: 16 }, () => client.request({ method: 'GET', path: '/maybe' }));
    expect((await Promise.all(calls)).map((answer) => answer.status)).toEqual(Array(16).fill(200));
    await client.close();
  });
});
