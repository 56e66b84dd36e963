// A stand-in for the orders and notifications streams: it speaks their event-stream contract and
// records what reached it, so the gateway's relaying (token, Last-Event-ID, disconnects) is tested.
import Fastify, { type FastifyInstance } from 'fastify';

/** What the stub saw of the streams the gateway opened. */
export interface StubLiveStreams {
  app: FastifyInstance;
  /** Authorization and Last-Event-ID of each stream request, in order. */
  requests: { authorization?: string; lastEventId?: string }[];
  /** How many of its streams are open now. */
  open(): number;
}

/** Starts the stub: `ord_mine` streams `0:pending`, `1:paid` (or what follows Last-Event-ID), then stays open. */
export async function startStubLiveStreams(): Promise<StubLiveStreams> {
  const app = Fastify();
  const requests: StubLiveStreams['requests'] = [];
  let open = 0;
  app.get<{ Params: { id: string } }>('/orders/:id/events', async (request, reply) => {
    const lastEventId = request.headers['last-event-id'] as string | undefined;
    requests.push({ authorization: request.headers.authorization, lastEventId });
    if (!request.headers.authorization)
      return reply
        .status(401)
        .type('application/problem+json')
        .send({ type: 'about:blank', title: 'Unauthenticated', status: 401, code: 'UNAUTHENTICATED' });
    if (request.params.id !== 'ord_mine')
      return reply
        .status(404)
        .type('application/problem+json')
        .send({ type: 'about:blank', title: 'Not found', status: 404, code: 'NOT_FOUND' });
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
    open += 1;
    reply.raw.on('close', () => (open -= 1));
    const statuses = ['pending', 'paid'];
    const from = lastEventId === undefined ? 0 : Number(lastEventId) + 1;
    for (let id = from; id < statuses.length; id += 1)
      reply.raw.write(`id: ${id}\ndata: ${JSON.stringify({ id: 'ord_mine', status: statuses[id] })}\n\n`);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, requests, open: () => open };
}
