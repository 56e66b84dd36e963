import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { startInMemoryTracing } from './in-memory-tracing.js';
import { contextOfTraceHeaders, traceHeadersOf } from './message-trace-context.js';

startInMemoryTracing();
const tracer = trace.getTracer('test');

describe('trace context in message headers', () => {
  it('writes the active span as a W3C traceparent header', () => {
    tracer.startActiveSpan('work', (span) => {
      const { traceId, spanId } = span.spanContext();
      expect(traceHeadersOf()).toEqual({ traceparent: `00-${traceId}-${spanId}-01` });
      span.end();
    });
  });

  it('reads the context back from the headers a message arrives with, also as AMQP buffers', () => {
    const span = tracer.startSpan('publish');
    const headers = traceHeadersOf(trace.setSpan(contextOfTraceHeaders(undefined), span));
    const asBuffers = { traceparent: Buffer.from(headers.traceparent ?? '') };
    for (const received of [headers, asBuffers]) {
      const remote = trace.getSpanContext(contextOfTraceHeaders(received));
      const { traceId, spanId } = span.spanContext();
      expect(remote).toMatchObject({ traceId, spanId, isRemote: true });
    }
    span.end();
  });

  it('reads no context from a message without headers or with a malformed traceparent', () => {
    expect(trace.getSpanContext(contextOfTraceHeaders(undefined))).toBeUndefined();
    expect(trace.getSpanContext(contextOfTraceHeaders({}))).toBeUndefined();
    expect(trace.getSpanContext(contextOfTraceHeaders({ traceparent: 'not-a-trace' }))).toBeUndefined();
  });

  it('writes no headers outside any span', () => {
    expect(traceHeadersOf()).toEqual({});
  });
});
