import { context, propagation, ROOT_CONTEXT, type Context } from '@opentelemetry/api';

/** The W3C trace context headers of a message (`traceparent`, `tracestate`), as strings. */
export type TraceHeaders = Record<string, string>;

/** The headers that carry `from` (default: the active context) to another process; empty when untraced. */
export function traceHeadersOf(from: Context = context.active()): TraceHeaders {
  const headers: TraceHeaders = {};
  propagation.inject(from, headers);
  return headers;
}

/** The context a message's headers carry, or the root context when they carry none. */
export function contextOfTraceHeaders(headers: Readonly<Record<string, unknown>> | undefined): Context {
  if (!headers) return ROOT_CONTEXT;
  const carrier: TraceHeaders = {};
  for (const key of ['traceparent', 'tracestate']) {
    const value = headers[key];
    if (typeof value === 'string') carrier[key] = value;
    else if (Buffer.isBuffer(value)) carrier[key] = value.toString('utf8');
  }
  return propagation.extract(ROOT_CONTEXT, carrier);
}
