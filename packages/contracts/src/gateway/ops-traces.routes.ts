import Type from 'typebox';
import { defineRoute, problemResponses } from '../routes/index.js';
import { Span, traceIdPattern } from '../routes/span.routes.js';
import { gatewayProblems } from './public-route.js';

/** One span of a trace as the ops console shows it. */
export const TraceSpan = Type.Object({
  spanId: Span.properties.spanId,
  parentSpanId: Span.properties.parentSpanId,
  service: Span.properties.service,
  name: Span.properties.name,
  kind: Span.properties.kind,
  startedAt: Span.properties.startedAt,
  durationMs: Span.properties.durationMs,
  status: Span.properties.status,
  attributes: Span.properties.attributes,
});

/** A trace: its root, when it started, how long it took, which services it crossed, its spans. */
export const Trace = Type.Object({
  traceId: Type.String(),
  rootName: Type.String(),
  startedAt: Type.String(),
  durationMs: Type.Number(),
  services: Type.Array(Type.String()),
  spans: Type.Array(TraceSpan),
});
/** A trace as the ops console shows it. */
export type Trace = Type.Static<typeof Trace>;

/** The trace search of the ops console (role admin). */
export const opsTraceRoutes = {
  listTraces: defineRoute({
    method: 'GET',
    path: '/api/ops/traces',
    summary: 'Recent traces, newest first, found by trace id, order id, user or slowness (admin)',
    tags: ['ops'],
    query: Type.Object({
      traceId: Type.Optional(Type.String({ pattern: traceIdPattern })),
      orderId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
      userId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
      minDurationMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 600_000 })),
      limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    }),
    responses: {
      200: Type.Object({ items: Type.Array(Trace) }),
      ...problemResponses(400, 401, 403),
      ...gatewayProblems,
    },
  }),
};
