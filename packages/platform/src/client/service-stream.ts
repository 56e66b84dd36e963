import type { Readable } from 'node:stream';
import { request as undiciRequest, type Dispatcher } from 'undici';
import type { EventStreamRoute } from '@bazaar/contracts/routes';
import type { RouteInputPart } from './call-route.js';
import { UpstreamResponseError } from './upstream-response-error.js';

/** A dependency's raw answer to a streaming GET: its status and headers, its body as it comes. */
export interface RawServiceStream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable;
}

/**
 * What a live stream's route answered: the events as they come, or a refusal the route declares
 * (401, 404, …) with its problem document, already read and checked.
 */
export type ServiceStream =
  | { kind: 'events'; status: 200; headers: RawServiceStream['headers']; body: Readable }
  | { kind: 'refused'; status: number; headers: RawServiceStream['headers']; body: unknown };

/** What opening a live stream sends: the route's params, extra headers, and when to stop. */
export type StreamInput<Route extends EventStreamRoute> = RouteInputPart<Route, 'params'> & {
  /** Headers to send besides the propagated ones (e.g. `last-event-id`). */
  headers?: Record<string, string>;
  /** Aborted when the stream is no longer wanted (the caller's client went away). */
  signal: AbortSignal;
};

/**
 * Opens a streaming GET on one replica: the timeout covers only the wait for the headers, never the
 * body, which flows until either side ends it or `signal` aborts (the caller's client went away).
 */
export async function openServiceStream(
  agent: Dispatcher,
  baseUrl: string,
  call: { path: string; headers: Record<string, string> },
  settings: { headersTimeoutMs: number; signal: AbortSignal },
): Promise<RawServiceStream> {
  const response = await undiciRequest(new URL(baseUrl + call.path), {
    method: 'GET',
    dispatcher: agent,
    headers: { accept: 'text/event-stream', ...call.headers },
    headersTimeout: settings.headersTimeoutMs,
    bodyTimeout: 0,
    signal: settings.signal,
  });
  if (response.statusCode >= 500) {
    response.body.destroy();
    throw new Error(`answered ${response.statusCode}`);
  }
  return { status: response.statusCode, headers: response.headers, body: response.body };
}

/**
 * Reads a stream's answer against its route: `text/event-stream` on 200 is the events; anything
 * else is read whole and must be an answer the route declares (else UpstreamResponseError, a 502).
 */
export async function checkServiceStream(
  service: string,
  route: EventStreamRoute,
  raw: RawServiceStream,
): Promise<ServiceStream> {
  const contentType = String(raw.headers['content-type'] ?? '');
  if (raw.status === 200 && contentType.startsWith(route.produces)) {
    return { kind: 'events', status: 200, headers: raw.headers, body: raw.body };
  }
  const text = (await raw.body.setEncoding('utf8').toArray()).join('');
  const body = parseJson(text);
  const problems =
    raw.status === 200 ? [`200 is not ${route.produces}`] : route.problemsWith(raw.status, body);
  if (problems.length > 0) {
    throw new UpstreamResponseError(service, `${route.method} ${route.path}`, raw.status, problems);
  }
  return { kind: 'refused', status: raw.status, headers: raw.headers, body };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
