import type { FastifyInstance, FastifyRequest } from 'fastify';
import { deadlineHeader, deadlineIn, isPastDeadline, parseDeadlineHeader } from '../context/deadline.js';
import { runInRequestContext } from '../context/request-context.js';
import { AppError } from './app-error.js';

/** The milliseconds a request may take when its caller names none or more (e.g. per-route defaults at the edge). */
export type RequestDeadline = (request: FastifyRequest) => number | undefined;

/**
 * Gives each request its deadline: the remaining milliseconds of the caller's `x-deadline-ms`
 * header, or `deadlineOf(request)`, whichever is sooner. Every outbound call made for the request
 * waits at most what is left of it (see client/call-deadline.ts), and a request whose deadline has
 * passed before its handler starts (it waited in a queue, or the process was paused) is refused
 * with 504 DEADLINE_EXCEEDED: its caller has given up, so the work would be wasted.
 */
export function installDeadlines(app: FastifyInstance, deadlineOf?: RequestDeadline): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const context = request.context;
    if (!context) return done();
    const limits = [parseDeadlineHeader(request.headers[deadlineHeader]), deadlineOf?.(request)];
    const defined = limits.filter((limit): limit is number => limit !== undefined);
    if (defined.length > 0) context.deadlineAt = deadlineIn(Math.min(...defined));
    done();
  });
  app.addHook('preHandler', (request, _reply, done) => {
    const context = request.context;
    if (!context || context.deadlineAt === undefined) return done();
    const passed = runInRequestContext(context, isPastDeadline);
    done(
      passed ? new AppError('DEADLINE_EXCEEDED', { detail: 'The caller’s deadline had passed.' }) : undefined,
    );
  });
}
