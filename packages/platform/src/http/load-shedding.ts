// Load shedding: a process that cannot keep up answers a fast 503 OVERLOADED with Retry-After
// instead of queuing work it would finish too late. @fastify/under-pressure watches event-loop
// delay and heap; the kit counts the requests in flight itself (under-pressure does not).
import underPressure, { TYPE_EVENT_LOOP_DELAY } from '@fastify/under-pressure';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';

/** When a process sheds load; 0 turns a limit off. */
export interface LoadLimits {
  /** Event-loop delay (ms) beyond which new requests are refused. */
  maxEventLoopDelayMs: number;
  /** Heap in use (bytes) beyond which new requests are refused. */
  maxHeapUsedBytes: number;
  /** Requests being served at once beyond which new ones are refused (live streams not counted). */
  maxInFlight: number;
}

/** The limits a process sheds at when its configuration names none. */
export const defaultLoadLimits: LoadLimits = {
  maxEventLoopDelayMs: 1000,
  maxHeapUsedBytes: 0,
  maxInFlight: 1000,
};

const retryAfterSeconds = 1;
const sampleIntervalMs = 1000;

/** Health, metrics and live streams are never shed: an orchestrator must see a busy process as alive. */
function isExempt(request: FastifyRequest): boolean {
  return (
    request.url.startsWith('/health/') ||
    request.url === '/metrics' ||
    String(request.headers.accept ?? '').includes('text/event-stream')
  );
}

/** 503 OVERLOADED with Retry-After, naming what is over its limit. */
export function overloaded(what: string): AppError {
  return new AppError('OVERLOADED', {
    detail: `This process is overloaded (${what}); try again shortly.`,
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
}

/**
 * Sheds new requests while the process is over one of its limits. Event-loop delay counts only
 * from two samples after the app is ready: the first samples hold the start-up work (compiling
 * schemas, loading code), which says nothing about whether the process keeps up with requests.
 */
export async function installLoadShedding(app: FastifyInstance, limits: LoadLimits): Promise<void> {
  let readyAt = Number.POSITIVE_INFINITY;
  app.addHook('onReady', (done) => {
    readyAt = performance.now();
    done();
  });
  const isWarmingUp = () => performance.now() - readyAt < 2 * sampleIntervalMs;
  await app.register(underPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelayMs,
    maxHeapUsedBytes: limits.maxHeapUsedBytes,
    retryAfter: retryAfterSeconds,
    sampleInterval: sampleIntervalMs,
    // undefined lets the request through; a rejected promise goes to the kit's problem+json answer
    pressureHandler: (request, _reply, type) =>
      isExempt(request) || (type === TYPE_EVENT_LOOP_DELAY && isWarmingUp())
        ? undefined
        : Promise.reject(overloaded(type)),
  });
  if (limits.maxInFlight > 0) limitInFlight(app, limits.maxInFlight);
}

function limitInFlight(app: FastifyInstance, maxInFlight: number): void {
  let inFlight = 0;
  app.addHook('onRequest', (request, reply, done) => {
    if (isExempt(request)) return done();
    if (inFlight >= maxInFlight) return done(overloaded('requests in flight'));
    inFlight++;
    reply.raw.once('close', () => inFlight--);
    done();
  });
}
