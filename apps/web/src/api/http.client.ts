// The one way the app talks to the gateway: JSON in and out, the bearer token attached, and one
// refresh through the cookie when the token has expired.
import type { AuthSession } from '@bazaar/contracts/identity';
import { ApiError } from './api-error.ts';
import { sessionToken, setSession } from './session-store.ts';

/** What a call may carry besides its path. */
export interface CallOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

let refreshing: Promise<boolean> | null = null;

/** Asks for a new access token with the refresh cookie; true when signed in again. One at a time. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin' })
    .then(async (response) => {
      if (!response.ok) return false;
      setSession((await response.json()) as AuthSession);
      return true;
    })
    .catch(() => false)
    .finally(() => (refreshing = null));
  return refreshing;
}

/** Calls the gateway and resolves with the JSON answer; rejects with an ApiError otherwise. */
export async function api<T>(path: string, options: CallOptions = {}): Promise<T> {
  let response = await send(path, options);
  if (response.status === 401 && sessionToken() && (await refreshSession()))
    response = await send(path, options);
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, (body ?? {}) as object);
  return body as T;
}

function send(path: string, options: CallOptions): Promise<Response> {
  const token = sessionToken();
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(path, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    credentials: 'same-origin',
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    ...(options.signal ? { signal: options.signal } : {}),
  }).catch(() => {
    throw new ApiError(503, { code: 'NETWORK' });
  });
}
