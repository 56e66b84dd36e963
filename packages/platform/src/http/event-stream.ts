import { PassThrough } from 'node:stream';
import type { Server } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** One server-sent event: `id` lets the client resume with `Last-Event-ID`. */
export interface ServerSentEvent {
  id?: string | number;
  event?: string;
  data: unknown;
}

/** An open `text/event-stream` answer. */
export interface EventStream {
  /** Writes one event (its data as one line of JSON); ignored once closed. */
  send(event: ServerSentEvent): void;
  /** Ends the answer (the client sees the stream end). */
  end(): void;
  /** True once ended by us or by the client going away. */
  readonly isClosed: boolean;
  /** Runs once when the stream closes, whoever closed it: release what the stream holds. */
  onClose(listener: () => void): void;
}

/** Streams still open, per HTTP server, so closing an app ends them instead of waiting for them. */
const openStreams = new Set<{ server: Server; stream: EventStream }>();

/** How many event streams an HTTP server has open (a disconnected client's is gone). */
export function openEventStreamCount(server: Server): number {
  return [...openStreams].filter((open) => open.server === server).length;
}

/** Ends the app's open event streams when it closes (createHttpServer installs it). */
export function installEventStreams(app: FastifyInstance): void {
  app.addHook('preClose', async () => {
    for (const open of [...openStreams]) if (open.server === app.server) open.stream.end();
  });
}

/**
 * Answers with `text/event-stream`: no caching or proxy buffering, a comment every `keepAliveMs`
 * so idle proxies do not cut the connection, and cleanup when the client disconnects.
 */
export function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { keepAliveMs?: number } = {},
): EventStream {
  const body = new PassThrough();
  const listeners: (() => void)[] = [];
  let isClosed = false;
  const close = () => {
    if (isClosed) return;
    isClosed = true;
    clearInterval(keepAlive);
    openStreams.delete(entry);
    body.end();
    for (const listener of listeners.splice(0)) listener();
  };
  const keepAlive = setInterval(() => body.write(': keep-alive\n\n'), options.keepAliveMs ?? 15_000);
  const stream: EventStream = {
    send: (event) => void (isClosed || body.write(formatEvent(event))),
    end: close,
    get isClosed() {
      return isClosed;
    },
    onClose: (listener) => (isClosed ? listener() : void listeners.push(listener)),
  };
  const entry = { server: request.server.server, stream };
  openStreams.add(entry);
  reply.raw.on('close', close);
  void reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache, no-transform')
    .header('x-accel-buffering', 'no')
    // the connection ends with the stream: a closing app need not wait for a client to let it go
    .header('connection', 'close')
    .send(body);
  return stream;
}

function formatEvent(event: ServerSentEvent): string {
  const lines = [];
  if (event.id !== undefined) lines.push(`id: ${event.id}`);
  if (event.event !== undefined) lines.push(`event: ${event.event}`);
  lines.push(`data: ${JSON.stringify(event.data)}`);
  return `${lines.join('\n')}\n\n`;
}
