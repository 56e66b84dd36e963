import type {
  FastifyBaseLogger,
  FastifyContextConfig,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
  onRequestAsyncHookHandler,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteDeclaration, RouteDefinition } from '@bazaar/contracts/routes';
import type { HttpApp } from './create-http-server.js';

/** The Fastify schema a declared route is registered with. */
export interface RouteSchema<Route extends RouteDeclaration> {
  params: Route['params'];
  querystring: Route['query'];
  body: Route['body'];
  headers: Route['headers'];
  response: Route['responses'];
}

/** A handler typed from its route's declaration: its request parts and the bodies it may answer. */
export type RouteHandler<Route extends RouteDeclaration> = RouteHandlerMethod<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  RouteGenericInterface,
  unknown,
  RouteSchema<Route>,
  TypeBoxTypeProvider,
  FastifyBaseLogger
>;

/** What a route adds to its declaration where it is served: its guard and its settings. */
export interface RouteOptions {
  onRequest?: onRequestAsyncHookHandler;
  config?: FastifyContextConfig;
  /** Where it is served when not at the declared path (the gateway's `/api/…`). */
  url?: string;
}

/**
 * Registers a declared route: its schemas validate the request, shape the answer and make its
 * OpenAPI entry; the handler is typed from the same declaration.
 */
export function registerRoute<Route extends RouteDefinition>(
  app: HttpApp,
  route: Route,
  handler: RouteHandler<Route>,
  { url, ...options }: RouteOptions = {},
): void {
  app.route({
    method: route.method,
    url: url ?? route.path,
    ...options,
    schema: fastifySchemaOf(route),
    handler: handler as RouteHandlerMethod,
  });
}

function fastifySchemaOf(route: RouteDeclaration): Record<string, unknown> {
  const { produces } = route;
  const response = Object.fromEntries(
    Object.entries(route.responses).map(([status, schema]) => [
      status,
      produces && status.startsWith('2') ? { content: { [produces]: { schema } } } : schema,
    ]),
  );
  return Object.fromEntries(
    Object.entries({
      summary: route.summary,
      description: route.description,
      tags: route.tags,
      hide: route.hide,
      params: route.params,
      querystring: route.query,
      body: route.body,
      headers: route.headers,
      response,
    }).filter(([, value]) => value !== undefined),
  );
}
