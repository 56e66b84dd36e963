import { context, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { EventEnvelope } from '@bazaar/contracts/events';
import { contextOfTraceHeaders, traceHeadersOf, type TraceHeaders } from './message-trace-context.js';
import { eventSearchAttributes } from './trace-attributes.js';

const tracer = () => trace.getTracer('@bazaar/platform/bus');

/** Marks a span failed with the error's message. */
export function markSpanFailed(span: Span, error: unknown): void {
  span.setStatus({
    code: SpanStatusCode.ERROR,
    message: error instanceof Error ? error.message : String(error),
  });
}

/**
 * Runs the outbox write of one event in a `<type> create` producer span, handing `write` the
 * span's traceparent: the outbox row keeps it, so the relay's publish joins the writer's trace.
 */
export function inOutboxWriteSpan<T>(
  type: string,
  data: unknown,
  write: (traceparent: string | undefined) => Promise<T>,
): Promise<T> {
  const attributes = { ...messagingAttributes(type, 'create'), ...eventSearchAttributes(data) };
  return tracer().startActiveSpan(`${type} create`, { kind: SpanKind.PRODUCER, attributes }, (span) =>
    endingSpan(span, () => write(traceHeadersOf().traceparent)),
  );
}

/** A relay's `<type> publish` spans for one batch, and the trace headers each message carries. */
export interface PublishSpans {
  headers: TraceHeaders[];
  /** Ends the spans: the first `confirmed` were taken by the broker, the others (or all, on error) were not. */
  end(confirmed: number | Error): void;
}

/** Starts one publish span per outbox row, each a child of the context its envelope kept. */
export function startPublishSpans(rows: readonly { type: string; envelope: string }[]): PublishSpans {
  const spans = rows.map((row) => {
    const parent = contextOfTraceHeaders({ traceparent: traceparentOf(row.envelope) });
    const attributes = messagingAttributes(row.type, 'send');
    return tracer().startSpan(`${row.type} publish`, { kind: SpanKind.PRODUCER, attributes }, parent);
  });
  return {
    headers: spans.map((span) => traceHeadersOf(trace.setSpan(context.active(), span))),
    end: (confirmed) => {
      spans.forEach((span, index) => {
        if (confirmed instanceof Error) markSpanFailed(span, confirmed);
        else if (index >= confirmed) markSpanFailed(span, 'the broker did not route it');
        span.end();
      });
    },
  };
}

/**
 * Runs the consumption of one delivered event in a `<queue> process` consumer span, a child of
 * the publish span its headers carry (or of the envelope's traceparent when the headers were lost,
 * e.g. on a replayed dead letter); `work` says whether it failed.
 */
export function inConsumeSpan<T>(
  queue: string,
  event: EventEnvelope,
  headers: Readonly<Record<string, unknown>> | undefined,
  work: () => Promise<T>,
  isFailure: (result: T) => boolean,
): Promise<T> {
  const fromHeaders = contextOfTraceHeaders(headers);
  const parent = trace.getSpanContext(fromHeaders)
    ? fromHeaders
    : contextOfTraceHeaders({ traceparent: event.traceparent });
  const attributes = {
    ...messagingAttributes(queue, 'process'),
    'messaging.message.id': event.id,
    'bazaar.event_type': event.type,
    ...eventSearchAttributes(event.data),
  };
  const span = tracer().startSpan(`${queue} process`, { kind: SpanKind.CONSUMER, attributes }, parent);
  return context.with(trace.setSpan(parent, span), () =>
    endingSpan(span, async () => {
      const result = await work();
      if (isFailure(result)) markSpanFailed(span, 'not handled');
      return result;
    }),
  );
}

/** Runs a subscription's handler in a `<type> handle` span under `parent` (the event's consumer span). */
export function inHandlerSpan<T>(event: EventEnvelope, parent: Context, work: () => Promise<T>): Promise<T> {
  const attributes = { 'bazaar.event_type': event.type, ...eventSearchAttributes(event.data) };
  return tracer().startActiveSpan(`${event.type} handle`, { attributes }, parent, (span) =>
    endingSpan(span, work),
  );
}

/** Runs `work`, marks the span failed when it throws, and ends the span either way. */
async function endingSpan<T>(span: Span, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    markSpanFailed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

function messagingAttributes(destination: string, operation: 'create' | 'send' | 'process') {
  return {
    'messaging.system': 'bazaar',
    'messaging.operation.type': operation,
    'messaging.destination.name': destination,
  };
}

function traceparentOf(envelope: string): string | undefined {
  try {
    const value = (JSON.parse(envelope) as { traceparent?: unknown }).traceparent;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
