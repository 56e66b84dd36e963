import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
import {
  BrokenCircuitError,
  BulkheadRejectedError,
  ConsecutiveBreaker,
  bulkhead,
  circuitBreaker,
  handleAll,
  CircuitState,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import { currentRequestContext } from '../context/request-context.js';
import { routePath, type EventStreamRoute, type RouteDefinition } from '@bazaar/contracts/routes';
import { serviceUnavailable } from '../http/app-error.js';
import {
  checkServiceStream,
  openServiceStream,
  type ServiceStream,
  type StreamInput,
} from './service-stream.js';
import { serviceCredentialHeaders } from './service-credential.js';
import { callRoute, type RouteInput, type RouteResponse } from './call-route.js';
import { CallDeadline, DeadlineExceededError } from './call-deadline.js';
import { createRetryBudget } from './retry-budget.js';
import { retryWithinBudget } from './retry-policy.js';
import { startClientCall, watchClient } from '../metrics/client-metrics.js';

/** How one dependency is called. */
export interface ServiceClientOptions {
  /** The dependency's name, for errors and metrics. */
  name: string;
  /** Base URLs of its replicas; calls go round-robin over those whose breaker is closed. */
  baseUrls: string[];
  /** Timeout of each attempt; the caller's deadline (see call-deadline.ts) shortens it. */
  timeoutMs?: number;
  /** Retries of idempotent calls (GET, PUT, DELETE, or marked idempotent), within the deadline and a retry budget. */
  retries?: number;
  /** Calls in flight at once; more wait in a short queue, then fail fast with 503. */
  maxConcurrent?: number;
  maxQueued?: number;
  /** Consecutive failures that open a replica's breaker, and how long it stays open. */
  breakerThreshold?: number;
  breakerResetMs?: number;
}

/** One call to a dependency. */
export interface ServiceRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Safe to repeat (retried on failure); GET, PUT and DELETE are by default. */
  idempotent?: boolean;
  /** The declared route's path template, for metrics (`call` sets it); raw calls count as 'raw'. */
  route?: string;
}

/** What a dependency answered. 4xx answers come back as values; faults become a 503 AppError. */
export interface ServiceResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
}

/** Calls one dependency with a timeout, retries, a breaker per replica and a concurrency bound. */
export interface ServiceClient {
  /**
   * Calls a route declared in contracts: builds its path, sends its parts, and checks the answer
   * against the declared status and schema (a mismatch throws UpstreamResponseError, a 502).
   */
  call<Route extends RouteDefinition>(route: Route, input: RouteInput<Route>): Promise<RouteResponse<Route>>;
  /** A raw call, for what no route declares (relayed files); the body is unchecked. */
  request(request: ServiceRequest): Promise<ServiceResponse>;
  /**
   * Opens a long-lived GET (server-sent events) on one replica: breaker-checked, not retried, not
   * counted against the concurrency bound (streams stay open); ends when `signal` aborts. The
   * path is built from the declared route (`produces: text/event-stream`) and `input.params`.
   */
  stream<Route extends EventStreamRoute>(route: Route, input: StreamInput<Route>): Promise<ServiceStream>;
  /** Breaker state per base URL, for metrics and the ops console. */
  breakerStates(): Record<string, 'closed' | 'open' | 'half-open' | 'isolated'>;
  close(): Promise<void>;
}

class UpstreamFault extends Error {
  constructor(readonly status: number) {
    super(`answered ${status}`);
  }
}

/** Creates the client for one dependency. */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 128 });
  const replicas = options.baseUrls.map((baseUrl) => ({
    baseUrl: baseUrl.replace(/\/$/, ''),
    breaker: circuitBreaker(handleAll, {
      halfOpenAfter: options.breakerResetMs ?? 5_000,
      breaker: new ConsecutiveBreaker(options.breakerThreshold ?? 5),
    }),
  }));
  const [maxConcurrent, maxQueued] = [options.maxConcurrent ?? 64, options.maxQueued ?? 256];
  const limiter = bulkhead(maxConcurrent, maxQueued);
  const retrySettings = { retries: options.retries ?? 2, budget: createRetryBudget() };
  let next = 0;
  const unwatch = watchClient({
    callee: options.name,
    breakerStates: () => replicas.map((replica) => breakerStateName(replica.breaker)),
    bulkhead: () => ({
      inUse: maxConcurrent - limiter.executionSlots,
      queued: maxQueued - limiter.queueSlots,
    }),
  });

  // A retry passes the replica that just failed it (`avoid`) when another one is not open.
  const pickReplica = (avoid?: (typeof replicas)[number]) => {
    for (let i = 0; i < replicas.length; i++) {
      const replica = replicas[(next + i) % replicas.length]!;
      if (replica.breaker.state !== CircuitState.Open && (replica !== avoid || replicas.length === 1)) {
        next = (next + i + 1) % replicas.length;
        return replica;
      }
    }
    return replicas[next++ % replicas.length]!; // all open: the breaker fails it fast
  };

  const attempt = async <T>(
    call: ServiceRequest,
    headers: Record<string, string>,
    deadline: CallDeadline,
    avoid?: (typeof replicas)[number],
  ) => {
    const timeoutMs = deadline.attemptTimeoutMs(options.timeoutMs ?? 3_000, options.name);
    const replica = pickReplica(avoid);
    const sent = { ...headers, ...deadline.headers() };
    const response = replica.breaker.execute(() => send<T>(agent, replica.baseUrl, call, sent, timeoutMs));
    return { replica, response };
  };

  const request = async (call: ServiceRequest): Promise<ServiceResponse> => {
    const idempotent = call.idempotent ?? ['GET', 'PUT', 'DELETE'].includes(call.method);
    // The caller's ids and credentials are read now: a queued call runs later, in the async
    // context of another request, and must never carry that request's token.
    const headers = {
      ...propagatedHeaders(),
      ...(await serviceCredentialHeaders(options.name)),
      ...call.headers,
    };
    const deadline = CallDeadline.current();
    let last: (typeof replicas)[number] | undefined;
    const once = async () => {
      const sent = await attempt<unknown>(call, headers, deadline, last);
      last = sent.replica;
      return sent.response;
    };
    const record = startClientCall(options.name, call.method, call.route ?? 'raw');
    retrySettings.budget.recordAttempt();
    try {
      const response = await limiter.execute(() =>
        idempotent ? retryWithinBudget(retrySettings, deadline).execute(once) : once(),
      );
      record(response.status);
      return response;
    } catch (error) {
      record(error instanceof UpstreamFault ? error.status : 503);
      throw toUnavailable(options.name, error);
    }
  };

  return {
    request,
    call: (route, input) => callRoute(request, options.name, route, input),
    async stream(route, input) {
      const {
        params,
        headers: extra,
        signal,
      } = input as StreamInput<EventStreamRoute> & {
        params?: Record<string, unknown>;
      };
      const path = routePath(route, params);
      const headers = { ...propagatedHeaders(), ...(await serviceCredentialHeaders(options.name)), ...extra };
      const replica = pickReplica();
      const settings = { headersTimeoutMs: options.timeoutMs ?? 3_000, signal };
      const raw = await replica.breaker
        .execute(() => openServiceStream(agent, replica.baseUrl, { path, headers }, settings))
        .catch((error: unknown) => {
          throw toUnavailable(options.name, error);
        });
      return checkServiceStream(options.name, route, raw);
    },
    breakerStates: () => Object.fromEntries(replicas.map((r) => [r.baseUrl, breakerStateName(r.breaker)])),
    close: () => {
      unwatch();
      return agent.close();
    },
  };
}

async function send<T>(
  agent: Dispatcher,
  baseUrl: string,
  call: ServiceRequest,
  headers: Record<string, string>,
  timeoutMs: number,
) {
  const url = new URL(baseUrl + call.path);
  for (const [key, value] of Object.entries(call.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  const response = await undiciRequest(url, {
    method: call.method,
    dispatcher: agent,
    headers: call.body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: call.body === undefined ? null : JSON.stringify(call.body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.body.text();
  if (response.statusCode >= 500) throw new UpstreamFault(response.statusCode);
  const isJson = String(response.headers['content-type'] ?? '').includes('json');
  return {
    status: response.statusCode,
    headers: response.headers,
    body: (isJson && text ? JSON.parse(text) : text) as T,
  };
}

function propagatedHeaders(): Record<string, string> {
  const context = currentRequestContext();
  if (!context) return {};
  return {
    'x-request-id': context.requestId,
    'x-correlation-id': context.correlationId,
    ...(context.authorization ? { authorization: context.authorization } : {}),
  };
}

function breakerStateName(breaker: CircuitBreakerPolicy): 'closed' | 'open' | 'half-open' | 'isolated' {
  const names = {
    [CircuitState.Closed]: 'closed',
    [CircuitState.Open]: 'open',
    [CircuitState.HalfOpen]: 'half-open',
    [CircuitState.Isolated]: 'isolated',
  } as const;
  return names[breaker.state];
}

function toUnavailable(name: string, error: unknown) {
  if (error instanceof BrokenCircuitError)
    return serviceUnavailable(`${name} is unavailable (circuit open).`);
  if (error instanceof BulkheadRejectedError) return serviceUnavailable(`${name} is overloaded.`);
  if (error instanceof DeadlineExceededError) return serviceUnavailable(`${name}: the deadline passed.`);
  // what the shopper reads stays short; it still tells an operator which failure it was
  if (error instanceof UpstreamFault)
    return serviceUnavailable(`${name} failed (it answered ${error.status}).`);
  if ((error as { name?: unknown } | null)?.name === 'TimeoutError')
    return serviceUnavailable(`${name} did not answer in time.`);
  return serviceUnavailable(`${name} could not be reached.`);
}
