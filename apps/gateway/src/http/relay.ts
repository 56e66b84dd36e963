import type { FastifyReply } from 'fastify';
import type { ServiceResponse } from '@bazaar/platform';

/** Answers with what a service answered: its status and body, problem documents included, and when to retry. */
export function relay(reply: FastifyReply, upstream: ServiceResponse): FastifyReply {
  const contentType = upstream.headers['content-type'];
  if (typeof contentType === 'string') void reply.type(contentType);
  const cookies = upstream.headers['set-cookie'];
  if (cookies) void reply.header('set-cookie', cookies);
  const retryAfter = upstream.headers['retry-after'];
  if (typeof retryAfter === 'string') void reply.header('retry-after', retryAfter);
  if (upstream.status === 204) return reply.status(204).send();
  return reply.status(upstream.status).send(upstream.body);
}
