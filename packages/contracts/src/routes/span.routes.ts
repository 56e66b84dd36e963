import Type from 'typebox';
import { defineRoute } from './define-route.js';
import { problemResponses } from './problem-responses.js';

/** A finished span as a process keeps it in its local span store. */
export const Span = Type.Object({
  traceId: Type.String(),
  spanId: Type.String(),
  parentSpanId: Type.Union([Type.String(), Type.Null()]),
  service: Type.String(),
  instance: Type.String(),
  name: Type.String(),
  kind: Type.Union([
    Type.Literal('internal'),
    Type.Literal('server'),
    Type.Literal('client'),
    Type.Literal('producer'),
    Type.Literal('consumer'),
  ]),
  startedAt: Type.String(),
  durationMs: Type.Number(),
  status: Type.Union([Type.Literal('ok'), Type.Literal('error')]),
  attributes: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
});
/** A finished span. */
export type Span = Type.Static<typeof Span>;

/** The pattern of one trace id (32 lowercase hex digits). */
export const traceIdPattern = '^[0-9a-f]{32}$';

/** Which traces a span query selects: given ids, or the newest ones (with an order or a user). */
export const SpanQuery = Type.Object({
  traceIds: Type.Optional(
    Type.String({ pattern: '^[0-9a-f]{32}(,[0-9a-f]{32}){0,99}$', description: 'comma-separated trace ids' }),
  ),
  orderId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  userId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});

/** The span store every process serves to admins when spans are kept locally (the kit registers it). */
export const spanRoutes = {
  listSpans: defineRoute({
    method: 'GET',
    path: '/internal/spans',
    summary: "This process's spans of the selected traces (admin)",
    hide: true,
    query: SpanQuery,
    responses: { 200: Type.Object({ items: Type.Array(Span) }), ...problemResponses(400, 401, 403) },
  }),
};
