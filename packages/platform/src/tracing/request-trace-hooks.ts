import { context, type Context } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Joins Fastify to the HTTP server span: names it by the matched route (`GET /orders/:id`, not
 * the raw URL) and makes its context current again for the handler, since body parsing (stream
 * events) loses the async context between the onRequest and preHandler hooks.
 */
export function installRequestTracing(app: FastifyInstance): void {
  const contexts = new WeakMap<FastifyRequest, Context>();
  app.addHook('onRequest', (request, _reply, done) => {
    const active = context.active();
    contexts.set(request, active);
    const rpc = getRPCMetadata(active);
    if (rpc?.type === RPCType.HTTP && request.routeOptions.url) rpc.route = request.routeOptions.url;
    done();
  });
  app.addHook('preHandler', (request, _reply, done) => {
    const saved = contexts.get(request);
    if (saved) context.with(saved, done);
    else done();
  });
}
