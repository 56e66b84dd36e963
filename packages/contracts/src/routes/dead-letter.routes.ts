import Type from 'typebox';
import { defineRoute } from './define-route.js';
import { problemResponses } from './problem-responses.js';

/** A message a service's bus parked after its handler kept failing. */
export const DeadLetter = Type.Object({
  id: Type.String(),
  queue: Type.String(),
  eventId: Type.String(),
  type: Type.String(),
  error: Type.String(),
  attempts: Type.Integer({ minimum: 0 }),
  deadAt: Type.String(),
  body: Type.String(),
});
/** A parked message. */
export type DeadLetter = Type.Static<typeof DeadLetter>;

/** The parked-message operations every service serves to admins (the kit registers them). */
export const deadLetterRoutes = {
  listDeadLetters: defineRoute({
    method: 'GET',
    path: '/admin/dead-letters',
    summary: "This service's parked messages (admin)",
    hide: true,
    responses: { 200: Type.Object({ items: Type.Array(DeadLetter) }), ...problemResponses(401, 403) },
  }),
  replayDeadLetter: defineRoute({
    method: 'POST',
    path: '/admin/dead-letters/:id/replay',
    summary: 'Put one parked message back on its queue (admin)',
    hide: true,
    idempotent: true,
    params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) }),
    responses: { 200: Type.Object({ replayed: Type.String() }), ...problemResponses(400, 401, 403, 404) },
  }),
};
