import Type from 'typebox';

/** The headers of a live stream request: `Last-Event-ID` resumes after the event with that id. */
export const EventStreamHeaders = Type.Object({
  'last-event-id': Type.Optional(
    Type.String({ pattern: '^[0-9]{1,9}$', description: 'resume after the event with this id' }),
  ),
});
/** The headers of a live stream request. */
export type EventStreamHeaders = Type.Static<typeof EventStreamHeaders>;

/** The content type of a live stream's answer. */
export const eventStreamType = 'text/event-stream';

/**
 * The success answer of a live stream (declare the route with `produces: eventStreamType`): its
 * body is server-sent events, each event's `data` one line of JSON, described by `description`.
 */
export function eventStreamAnswer(description: string) {
  return Type.String({ description });
}
