import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServiceClient } from '@bazaar/platform';

/**
 * Relays a service's server-sent events to the client as they come. The caller's token and its
 * `Last-Event-ID` go along; a refusal (401, 404, …) is relayed as the problem it is; when the
 * client disconnects (or the gateway closes: `open` is aborted then) the upstream stream is closed too, and when the service ends it (it stopped,
 * or the stream is over) the client's stream ends and the client resumes with `Last-Event-ID`.
 */
export async function relayStream(
  request: FastifyRequest,
  reply: FastifyReply,
  client: ServiceClient,
  path: string,
  open: Set<AbortController>,
): Promise<void> {
  const disconnected = new AbortController();
  open.add(disconnected);
  reply.raw.on('close', () => {
    open.delete(disconnected);
    disconnected.abort();
  });
  const lastEventId = request.headers['last-event-id'];
  const upstream = await client.stream(path, {
    headers: typeof lastEventId === 'string' ? { 'last-event-id': lastEventId } : {},
    signal: disconnected.signal,
  });
  const contentType = String(upstream.headers['content-type'] ?? '');
  if (!contentType.startsWith('text/event-stream')) {
    const text = await upstream.body.setEncoding('utf8').toArray();
    return reply
      .status(upstream.status)
      .type(contentType)
      .send(JSON.parse(text.join('') || 'null'));
  }
  upstream.body.on('error', () => undefined); // the client went away: nothing left to tell anyone
  void reply
    .status(200)
    .header('content-type', contentType)
    .header('cache-control', 'no-cache, no-transform')
    .header('x-accel-buffering', 'no')
    .header('connection', 'close')
    .send(upstream.body);
}
