import Type from 'typebox';
import { defineRoute } from './define-route.js';
import { problemResponses } from './problem-responses.js';

/** One subscription queue as the service consuming it sees it on its broker. */
export const QueueState = Type.Object({
  name: Type.String(),
  /** Messages waiting to be handled (ready or due for retry). */
  depth: Type.Integer({ minimum: 0 }),
  /** Consumers attached, where the broker counts them (RabbitMQ); null where it does not (embedded). */
  consumers: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  deadLetters: Type.Integer({ minimum: 0 }),
});
/** One queue's state. */
export type QueueState = Type.Static<typeof QueueState>;

/** What one service process reports about its bus: its queues and its outbox. */
export const QueueReport = Type.Object({
  transport: Type.Union([Type.Literal('embedded'), Type.Literal('rabbitmq')]),
  queues: Type.Array(QueueState),
  outbox: Type.Object({
    backlog: Type.Integer({ minimum: 0 }),
    oldestAgeSeconds: Type.Number({ minimum: 0 }),
  }),
});
/** One service's bus report. */
export type QueueReport = Type.Static<typeof QueueReport>;

/** The bus report every service serves to admins (the kit registers it); the ops console gathers them. */
export const queueReportRoutes = {
  getQueueReport: defineRoute({
    method: 'GET',
    path: '/admin/queues',
    summary: "This service's queues and outbox backlog (admin)",
    hide: true,
    responses: { 200: QueueReport, ...problemResponses(401, 403) },
  }),
};
