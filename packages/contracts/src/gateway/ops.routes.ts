import Type from 'typebox';
import { defineRoute, problemResponses } from '../routes/index.js';
import { gatewayProblems } from './public-route.js';

const tags = ['ops'];

/** One running (or stopped) copy of a process, as the ops console shows it. */
export const OpsInstance = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('ready'), Type.Literal('starting'), Type.Literal('down')]),
  version: Type.String(),
  uptimeSeconds: Type.Number({ minimum: 0 }),
  pid: Type.Optional(Type.Integer()),
});
/** An instance of a process. */
export type OpsInstance = Type.Static<typeof OpsInstance>;

/** One process of the declaration with its live instances. */
export const OpsService = Type.Object({
  name: Type.String(),
  kind: Type.String(),
  calls: Type.Array(Type.String()),
  publishes: Type.Array(Type.String()),
  consumes: Type.Array(Type.Object({ queue: Type.String(), types: Type.Array(Type.String()) })),
  instances: Type.Array(OpsInstance),
});
/** A process and its instances. */
export type OpsService = Type.Static<typeof OpsService>;

/** One queue (or one service's outbox, named `<service>.outbox`) with what waits in it. */
export const OpsQueue = Type.Object({
  name: Type.String(),
  depth: Type.Integer({ minimum: 0 }),
  consumers: Type.Integer({ minimum: 0 }),
  deadLetters: Type.Integer({ minimum: 0 }),
  outboxBacklog: Type.Optional(Type.Integer({ minimum: 0 })),
});
/** A queue as the console shows it. */
export type OpsQueue = Type.Static<typeof OpsQueue>;

const instanceParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const accepted = Type.Object({ id: Type.String(), action: Type.String() });
const controlResponses = {
  202: accepted,
  ...problemResponses(400, 401, 403, 404, 409),
  ...gatewayProblems,
};

/** The ops console's API (role admin): processes, queues, and stopping or starting an instance. */
export const opsRoutes = {
  listServices: defineRoute({
    method: 'GET',
    path: '/api/ops/services',
    summary: 'Every declared process with its instances: status, version, uptime, pid',
    tags,
    responses: {
      200: Type.Object({ items: Type.Array(OpsService) }),
      ...problemResponses(401, 403),
      ...gatewayProblems,
    },
  }),
  listQueues: defineRoute({
    method: 'GET',
    path: '/api/ops/queues',
    summary: 'Every declared queue (depth, consumers, dead letters) and every outbox backlog',
    tags,
    responses: {
      200: Type.Object({ items: Type.Array(OpsQueue), unavailable: Type.Array(Type.String()) }),
      ...problemResponses(401, 403),
      ...gatewayProblems,
    },
  }),
  stopInstance: defineRoute({
    method: 'POST',
    path: '/api/ops/instances/:id/stop',
    summary: 'Stop one instance; it stays stopped until started (local runner only, else 409 NOT_SUPPORTED)',
    tags,
    params: instanceParams,
    responses: controlResponses,
  }),
  startInstance: defineRoute({
    method: 'POST',
    path: '/api/ops/instances/:id/start',
    summary: 'Start a stopped instance again (local runner only, else 409 NOT_SUPPORTED)',
    tags,
    params: instanceParams,
    responses: controlResponses,
  }),
};
