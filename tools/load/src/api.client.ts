// The load generator's HTTP client of the public API (undici, keep-alive, no connection limit, so
// arrivals are never queued behind a pool): every request ends with a status or a named failure.
import { Agent, request } from 'undici';

/** One request of the public API, with the route template the gateway's metrics use. */
export interface ApiRequest {
  readonly method: 'GET' | 'POST';
  /** Path and query, e.g. `/api/products/p-1`. */
  readonly path: string;
  /** The route template, e.g. `/api/products/:id`. */
  readonly route: string;
  readonly body?: unknown;
  readonly token?: string;
  readonly headers?: Record<string, string>;
}

/** How a request ended: an HTTP status and its JSON body, or `timeout` / `abandoned` / `network`. */
export interface ApiAnswer {
  readonly status: number | 'timeout' | 'abandoned' | 'network';
  readonly body: unknown;
  /** The Retry-After of a 429 or 503, in seconds. */
  readonly retryAfterSeconds?: number;
}

/** Sends requests to one target. */
export class ApiClient {
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, pipelining: 1 });

  /** A client of `target`; a request that takes longer than `timeoutMs` ends as `timeout`. */
  constructor(
    private readonly target: URL,
    private readonly timeoutMs: number,
  ) {}

  /** Sends one request; `stop` aborts it (the run is over), which ends it as `abandoned`. */
  async send(call: ApiRequest, stop?: AbortSignal): Promise<ApiAnswer> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = stop ? AbortSignal.any([stop, timeout]) : timeout;
    try {
      const answer = await request(new URL(call.path, this.target), {
        dispatcher: this.agent,
        method: call.method,
        headers: headersOf(call),
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal,
      });
      const text = await answer.body.text();
      const retryAfter = Number(answer.headers['retry-after']);
      return {
        status: answer.statusCode,
        body: parseJson(text),
        ...(retryAfter > 0 && { retryAfterSeconds: retryAfter }),
      };
    } catch {
      if (stop?.aborted) return { status: 'abandoned', body: undefined };
      return { status: timeout.aborted ? 'timeout' : 'network', body: undefined };
    }
  }

  /** Closes the connections. */
  async close(): Promise<void> {
    await this.agent.destroy();
  }
}

function headersOf(call: ApiRequest): Record<string, string> {
  return {
    accept: 'application/json',
    ...(call.body !== undefined && { 'content-type': 'application/json' }),
    ...(call.token && { authorization: `Bearer ${call.token}` }),
    ...call.headers,
  };
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return text;
  }
}
