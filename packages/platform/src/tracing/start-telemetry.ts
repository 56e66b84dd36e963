import { createRequire } from 'node:module';
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace';
import { samplerOf } from './sampler-of.js';
import { SpanStore } from './span-store.js';
import type { TelemetrySettings } from './telemetry-config.js';

/** Tracing as started in this process: where spans go, and how to flush them at the end. */
export interface Telemetry {
  /** The local span store, when no OTLP endpoint is configured. */
  spanStore: SpanStore | undefined;
  /** Flushes spans still buffered for the exporter and stops tracing. */
  shutdown(): Promise<void>;
}

/** Paths no one wants a trace of: probes, scrapes and the trace reads themselves. */
const untracedPaths = /^\/(health\/|metrics$|internal\/spans|favicon)/;

let started: Telemetry | undefined;

/** The process's telemetry, once `startTelemetry` ran (undefined when it did not or is disabled). */
export function currentTelemetry(): Telemetry | undefined {
  return started;
}

/**
 * Starts OpenTelemetry tracing for this process, once (a second call returns the first): W3C trace
 * context, the HTTP server, undici and pg instrumentations, and spans sent over OTLP/HTTP or kept
 * in the local span store. OTEL_SDK_DISABLED=true leaves the API a no-op.
 */
export function startTelemetry(
  identity: { service: string; instance: string },
  settings: TelemetrySettings,
): Telemetry {
  if (started) return started;
  if (settings.OTEL_SDK_DISABLED) {
    started = { spanStore: undefined, shutdown: async () => undefined };
    return started;
  }
  const endpoint = settings.OTEL_EXPORTER_OTLP_ENDPOINT;
  const spanStore = endpoint ? undefined : new SpanStore();
  const processor: SpanProcessor =
    spanStore ??
    new BatchSpanProcessor({
      exporter: new OTLPTraceExporter({ url: `${endpoint?.replace(/\/$/, '')}/v1/traces` }),
    });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      'service.name': identity.service,
      'service.instance.id': identity.instance,
    }),
    sampler: samplerOf(settings),
    spanProcessors: [processor],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({ tracerProvider: provider, instrumentations: instrumentations() });
  patchLoadedModules();
  started = { spanStore, shutdown: () => provider.shutdown() };
  return started;
}

function instrumentations() {
  return [
    new HttpInstrumentation({
      disableOutgoingRequestInstrumentation: true, // calls go through undici
      ignoreIncomingRequestHook: (request) => untracedPaths.test(request.url ?? ''),
    }),
    new UndiciInstrumentation({ requireParentforSpans: true }),
    new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true }),
  ];
}

/**
 * The instrumentations patch a module when it is required after they were enabled. Processes run
 * as ES module bundles whose imports never pass through require, so the instrumented modules are
 * required here once: `http` (its Server prototype is shared by every importer) and `pg` (kept
 * out of the bundle so that this is the copy the database layer loads).
 */
function patchLoadedModules(): void {
  const require = createRequire(import.meta.url);
  require('http');
  try {
    require('pg');
  } catch {
    // pg is only needed by processes on PostgreSQL
  }
}
