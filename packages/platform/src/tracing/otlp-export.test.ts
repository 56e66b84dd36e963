// With OTEL_EXPORTER_OTLP_ENDPOINT set, a process's spans leave over OTLP/HTTP to <endpoint>/v1/traces;
// without it they stay in the local span store and nothing is sent anywhere.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { context, propagation, trace } from '@opentelemetry/api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Telemetry } from './start-telemetry.js';
import type { TelemetrySettings } from './telemetry-config.js';

interface Received {
  method: string | undefined;
  url: string | undefined;
  contentType: string | undefined;
  body: Buffer;
}

/** A stand-in collector on a free local port that records every request and answers 200. */
async function startCollector() {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { method, url } = request;
      received.push({
        method,
        url,
        contentType: request.headers['content-type'],
        body: Buffer.concat(chunks),
      });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Starts telemetry from a fresh copy of its module: `startTelemetry` keeps the first start of the
 * process, so each test loads its own.
 */
async function freshTelemetry(settings: TelemetrySettings): Promise<Telemetry> {
  vi.resetModules();
  const { startTelemetry } = await import('./start-telemetry.js');
  return startTelemetry({ service: 'otlp-test', instance: 'otlp-test-1' }, settings);
}

describe('span export', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let telemetry: Telemetry | undefined;

  beforeEach(async () => {
    vi.stubEnv('OTEL_EXPORTER_OTLP_ENDPOINT', undefined);
    vi.stubEnv('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', undefined);
    collector = await startCollector();
  });
  afterEach(async () => {
    await telemetry?.shutdown();
    telemetry = undefined;
    // the global tracer provider, propagator and context manager go back to the API's no-ops
    trace.disable();
    propagation.disable();
    context.disable();
    vi.unstubAllEnvs();
    await collector.close();
  });

  it('posts the spans to <endpoint>/v1/traces when an OTLP endpoint is configured', async () => {
    telemetry = await freshTelemetry({ OTEL_EXPORTER_OTLP_ENDPOINT: `${collector.url}/` });
    trace.getTracer('test').startSpan('otlp-export checkout').end();
    await telemetry.shutdown(); // flushes the batch

    expect(telemetry.spanStore).toBeUndefined();
    const traces = collector.received.filter((request) => request.url === '/v1/traces');
    expect(traces.length).toBeGreaterThan(0);
    expect(traces.every((request) => request.method === 'POST')).toBe(true);
    const exported = traces.find((request) => request.body.includes('otlp-export checkout'));
    expect(exported?.contentType).toBe('application/json');
    const body = JSON.parse(exported?.body.toString('utf8') ?? '{}') as unknown;
    expect(JSON.stringify(body)).toContain('"otlp-test"'); // the service.name resource attribute
  });

  it('keeps the spans in the local store and sends nothing without an endpoint', async () => {
    telemetry = await freshTelemetry({});
    const span = trace.getTracer('test').startSpan('local checkout');
    span.end();
    await telemetry.shutdown();

    expect(collector.received).toEqual([]);
    const stored = telemetry.spanStore?.find({ traceIds: [span.spanContext().traceId], limit: 10 });
    expect(stored).toMatchObject([{ name: 'local checkout', service: 'otlp-test', instance: 'otlp-test-1' }]);
  });
});
