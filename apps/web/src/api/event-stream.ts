// Server-sent events read with fetch(), so the bearer token goes in a header (EventSource cannot
// send one, and a token never goes in a URL). After a dropped connection it reconnects with the
// last event id in `Last-Event-ID`, so the server resumes after the last change the page saw.
import { createParser } from 'eventsource-parser';
import { refreshSession } from './http.client.ts';
import { sessionToken } from './session-store.ts';

/** What a stream's subscriber is told. */
export interface StreamHandlers<T> {
  /** One event's parsed data, with its event name (`message` when the server gave none). */
  onEvent(data: T, name: string): void;
  /** The connection is open (true) or lost and being retried (false). */
  onConnection?(connected: boolean): void;
  /** The server refused the stream for good (e.g. 404): no more retries. */
  onRefused?(status: number): void;
  /** True when the stream has said all it will (e.g. a terminal status): no reconnect then. */
  isFinished?(): boolean;
}

const maxDelayMs = 10_000;

/** Follows an event stream until `stop()` is called or it is finished; returns stop. */
export function followEventStream<T>(path: string, handlers: StreamHandlers<T>): () => void {
  const controller = new AbortController();
  let lastEventId: string | null = null;
  let delayMs = 500;
  const run = async (): Promise<void> => {
    while (!controller.signal.aborted && !handlers.isFinished?.()) {
      const status = await readOnce(path, lastEventId, controller.signal, handlers, (id) => {
        lastEventId = id;
        delayMs = 500;
      });
      if (status === 401 && (await refreshSession())) continue;
      if (status !== null && status >= 400 && status < 500) return handlers.onRefused?.(status);
      if (controller.signal.aborted || handlers.isFinished?.()) return;
      handlers.onConnection?.(false);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      delayMs = Math.min(delayMs * 2, maxDelayMs);
    }
  };
  void run();
  return () => controller.abort();
}

/** One connection: resolves with the refusing status, or null once the stream ended or broke. */
async function readOnce<T>(
  path: string,
  lastEventId: string | null,
  signal: AbortSignal,
  handlers: StreamHandlers<T>,
  onId: (id: string) => void,
): Promise<number | null> {
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  const token = sessionToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (lastEventId !== null) headers['last-event-id'] = lastEventId;
  try {
    const response = await fetch(path, { headers, signal, cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok || !response.body) return response.status;
    handlers.onConnection?.(true);
    const parser = createParser({
      onEvent(event) {
        if (event.id !== undefined) onId(event.id);
        handlers.onEvent(JSON.parse(event.data) as T, event.event ?? 'message');
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return null;
      parser.feed(value);
    }
  } catch {
    return null;
  }
}
