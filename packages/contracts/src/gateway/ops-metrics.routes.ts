import Type from 'typebox';
import { defineRoute, problemResponses } from '../routes/index.js';
import { gatewayProblems } from './public-route.js';

const tags = ['ops'];

/** One edge of the service graph with what flowed over it in the window. */
export const OpsEdge = Type.Object({
  from: Type.String(),
  to: Type.String(),
  kind: Type.Union([Type.Literal('http'), Type.Literal('event')]),
  /** Calls (http, as the caller counted them) or events handled (event, as the consumer did) per second. */
  ratePerSecond: Type.Number({ minimum: 0 }),
  /** Share of them that failed (a 5xx or no answer; a failed handler); 0 when nothing flowed. */
  errorRatio: Type.Number({ minimum: 0, maximum: 1 }),
  /** 99th percentile of the call's latency (http) or of the event's lag to handled (event); null when nothing flowed. */
  p99Ms: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
});
/** One edge of the service graph with its live figures. */
export type OpsEdge = Type.Static<typeof OpsEdge>;

/** The breaker one caller holds for one replica of a callee. */
export const OpsBreaker = Type.Object({
  from: Type.String(),
  to: Type.String(),
  /** The callee replica the breaker guards (`catalog-1`); the worst state when several callers hold one. */
  instance: Type.String(),
  state: Type.Union([Type.Literal('closed'), Type.Literal('open'), Type.Literal('half-open')]),
});
/** The breaker one caller holds for one replica of a callee. */
export type OpsBreaker = Type.Static<typeof OpsBreaker>;

/** The ops console's metric-derived routes (role admin), computed from every process's /metrics. */
export const opsMetricsRoutes = {
  listEdges: defineRoute({
    method: 'GET',
    path: '/api/ops/edges',
    summary:
      'Every edge of the declared service graph, HTTP and event, with rate, errors and p99 over a window',
    tags,
    query: Type.Object(
      { window: Type.Optional(Type.Integer({ minimum: 5, maximum: 600, default: 60 })) },
      { additionalProperties: false },
    ),
    responses: {
      200: Type.Object({ items: Type.Array(OpsEdge) }),
      ...problemResponses(400, 401, 403),
      ...gatewayProblems,
    },
  }),
  listBreakers: defineRoute({
    method: 'GET',
    path: '/api/ops/breakers',
    summary: 'The circuit breaker of every caller for every callee replica',
    tags,
    responses: {
      200: Type.Object({ items: Type.Array(OpsBreaker) }),
      ...problemResponses(401, 403),
      ...gatewayProblems,
    },
  }),
};
