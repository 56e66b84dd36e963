import Type from 'typebox';
import { Compile } from 'typebox/compile';
import { describeProblems } from './define-event.js';

/** The envelope every event travels in, whatever the transport; `data` is checked by its definition. */
export const EventEnvelope = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 100, description: 'unique id of this event (a UUID)' }),
    type: Type.String({ pattern: '^[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*$' }),
    version: Type.Integer({ minimum: 1 }),
    source: Type.String({ minLength: 1, description: 'the producing service' }),
    time: Type.String({ format: 'date-time', description: 'when the event was written to the outbox' }),
    correlationId: Type.String({ minLength: 1, description: 'the id shared by all work of one user action' }),
    causationId: Type.Union([Type.String({ minLength: 1 }), Type.Null()], {
      description: 'id of the event or request that caused this one',
    }),
    traceparent: Type.Optional(Type.String({ description: 'W3C trace context of the producing span' })),
    data: Type.Unknown(),
  },
  { additionalProperties: false },
);
/** The envelope every event travels in. */
export type EventEnvelope<Data = unknown> = Omit<Type.Static<typeof EventEnvelope>, 'data'> & { data: Data };

const envelopeValidator = Compile(EventEnvelope);

/** Returns the reasons `value` is not a well-formed envelope; empty when it is. */
export function envelopeProblems(value: unknown): string[] {
  return describeProblems(envelopeValidator.Errors(value));
}
