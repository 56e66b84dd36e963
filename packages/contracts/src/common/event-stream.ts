import Type from 'typebox';

/** The headers of a live stream request: `Last-Event-ID` resumes after the event with that id. */
export const EventStreamHeaders = Type.Object({
  'last-event-id': Type.Optional(
    Type.String({ pattern: '^[0-9]{1,9}$', description: 'resume after the event with this id' }),
  ),
});
/** The headers of a live stream request. */
export type EventStreamHeaders = Type.Static<typeof EventStreamHeaders>;

/** The OpenAPI answer of a live stream: `text/event-stream`, each event's `data` one line of JSON. */
export function eventStreamResponse(description: string) {
  return {
    description,
    content: { 'text/event-stream': { schema: Type.String({ description: 'server-sent events' }) } },
  };
}
