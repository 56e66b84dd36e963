import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventStreamRoute } from '@bazaar/contracts/routes';
import type { ServiceClient, StreamInput } from '@bazaar/platform';

/**
 * Relays a service's server-sent events (its declared `route`) to the client as they come. The
 * caller's token and its `Last-Event-ID` go along; a refusal the route declares (401, 404, …) is
 * relayed as the problem it is; when the client disconnects (or the gateway closes: `open` is
 * aborted then) the upstream stream is closed too, and when the service ends it (it stopped, or
 * the stream is over) the client's stream ends and the client resumes with `Last-Event-ID`.
 */
export async function relayStream<Route extends EventStreamRoute>(
  request: FastifyRequest,
  reply: FastifyReply,
  upstream: { client: ServiceClient; route: Route; params?: StreamInput<Route>['params'] },
  open: Set<AbortController>,
): Promise<void> {
  const disconnected = new AbortController();
  open.add(disconnected);
  reply.raw.on('close', () => {
    open.delete(disconnected);
    disconnected.abort();
  });
  const lastEventId = request.headers['last-event-id'];
  const input = {
    params: upstream.params,
    headers: typeof lastEventId === 'string' ? { 'last-event-id': lastEventId } : {},
    signal: disconnected.signal,
  } as StreamInput<Route>;
  const answer = await upstream.client.stream(upstream.route, input);
  if (answer.kind === 'refused') {
    return reply.status(answer.status).type('application/problem+json').send(answer.body);
  }
  answer.body.on('error', () => undefined); // the client went away: nothing left to tell anyone
  void reply
    .status(200)
    .header('content-type', String(answer.headers['content-type']))
    .header('cache-control', 'no-cache, no-transform')
    .header('x-accel-buffering', 'no')
    .header('connection', 'close')
    .send(answer.body);
}
