// A tiny typed JSON client over the global fetch, for end-to-end tests.

/** What a test looks at in a response. */
export interface JsonResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON when the response says it is JSON; the text otherwise; undefined when empty. */
  readonly body: T;
}

/** A request: method (GET by default), a JSON body, headers, and a timeout (10 s by default). */
export interface JsonRequest {
  readonly method?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly timeoutMs?: number;
}

/** Sends a request and returns status, headers and the parsed body; never throws on HTTP errors. */
export async function fetchJson<T = unknown>(
  url: string,
  request: JsonRequest = {},
): Promise<JsonResponse<T>> {
  const hasBody = request.body !== undefined;
  const response = await fetch(url, {
    method: request.method ?? (hasBody ? 'POST' : 'GET'),
    headers: {
      accept: 'application/json',
      ...(hasBody && { 'content-type': 'application/json' }),
      ...request.headers,
    },
    body: hasBody ? JSON.stringify(request.body) : undefined,
    signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
  });
  const text = await response.text();
  const isJson = /\bjson\b/.test(response.headers.get('content-type') ?? '');
  const body = text === '' ? undefined : isJson ? JSON.parse(text) : text;
  return { status: response.status, headers: response.headers, body: body as T };
}

/** fetchJson bound to a base URL (and default headers, e.g. an Authorization token). */
export function jsonClient(baseUrl: string, defaultHeaders: Record<string, string> = {}) {
  const send = <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    fetchJson<T>(new URL(path, baseUrl).href, { method, body, headers: { ...defaultHeaders, ...headers } });
  return {
    get: <T = unknown>(path: string, headers?: Record<string, string>) =>
      send<T>('GET', path, undefined, headers),
    post: <T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) =>
      send<T>('POST', path, body, headers),
    put: <T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) =>
      send<T>('PUT', path, body, headers),
    patch: <T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) =>
      send<T>('PATCH', path, body, headers),
    delete: <T = unknown>(path: string, headers?: Record<string, string>) =>
      send<T>('DELETE', path, undefined, headers),
  };
}

/** A client bound to one base URL. */
export type JsonClient = ReturnType<typeof jsonClient>;
