import { EventSourceParserStream } from 'eventsource-parser/stream';

/** One event as a client received it; `data` parsed from JSON. */
export interface ReceivedStreamEvent {
  id: string | undefined;
  event: string | undefined;
  data: unknown;
}

/** A live stream opened the way the browser app opens one: fetch() with headers, read as it arrives. */
export interface TestEventStream {
  status: number;
  contentType: string;
  /** The parsed problem document when the answer was not a stream. */
  problem: unknown;
  /** The next event, or `'end'` once the server ended the stream. */
  next(): Promise<ReceivedStreamEvent | 'end'>;
  /** Disconnects, as a browser tab that is closed or loses its network. */
  close(): void;
}

/** Opens `url` with the headers (Authorization, Last-Event-ID) and reads it as server-sent events. */
export async function openTestEventStream(
  url: string,
  headers: Record<string, string> = {},
): Promise<TestEventStream> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.startsWith('text/event-stream') || !response.body) {
    const text = await response.text();
    return {
      status: response.status,
      contentType,
      problem: parseJson(text),
      next: async () => 'end',
      close: () => undefined,
    };
  }
  const reader = response.body
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(new EventSourceParserStream())
    .getReader();
  return {
    status: response.status,
    contentType,
    problem: undefined,
    next: async () => {
      const read = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (read.done) return 'end';
      return { id: read.value.id, event: read.value.event, data: parseJson(read.value.data) };
    },
    close: () => controller.abort(),
  };
}

/** Reads events until `isLast` holds for one (inclusive); fails if the stream ends first. */
export async function readEventsUntil(
  stream: TestEventStream,
  isLast: (event: ReceivedStreamEvent) => boolean,
): Promise<ReceivedStreamEvent[]> {
  const events: ReceivedStreamEvent[] = [];
  for (;;) {
    const event = await stream.next();
    if (event === 'end') throw new Error(`the stream ended after ${JSON.stringify(events)}`);
    events.push(event);
    if (isLast(event)) return events;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
