import type { Readable } from 'node:stream';
import { request as undiciRequest, type Dispatcher } from 'undici';

/** A long-lived answer of a dependency (server-sent events): its status and headers, its body as it comes. */
export interface ServiceStream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable;
}

/**
 * Opens a streaming GET on one replica: the timeout covers only the wait for the headers, never the
 * body, which flows until either side ends it or `signal` aborts (the caller's client went away).
 */
export async function openServiceStream(
  agent: Dispatcher,
  baseUrl: string,
  call: { path: string; headers: Record<string, string> },
  settings: { headersTimeoutMs: number; signal: AbortSignal },
): Promise<ServiceStream> {
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
