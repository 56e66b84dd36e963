import type { RouteAnswer, RouteDefinition, RoutePart } from '@bazaar/contracts/routes';
import { routePath } from '@bazaar/contracts/routes';
import type { ServiceRequest, ServiceResponse } from './service-client.js';
import { UpstreamResponseError } from './upstream-response-error.js';

/** One part of a call's input: required when the route declares it, absent when it does not. */
export type RouteInputPart<
  Route extends RouteDefinition,
  Name extends 'params' | 'query' | 'body' | 'headers',
> =
  RoutePart<Route, Name> extends undefined
    ? { [K in Name]?: never }
    : { [K in Name]: RoutePart<Route, Name> };

/** What a call of a declared route sends: the parts the route declares, typed from it. */
export type RouteInput<Route extends RouteDefinition> = RouteInputPart<Route, 'params'> &
  RouteInputPart<Route, 'query'> &
  RouteInputPart<Route, 'body'> & {
    /** Headers to send besides the propagated ones (e.g. a cookie). */
    headers?: Record<string, string>;
  };

/** An answer of a declared route: the status and body it declares, with the headers it came with. */
export type RouteResponse<Route extends RouteDefinition> = RouteAnswer<Route> & {
  headers: ServiceResponse['headers'];
};

/** Sends one call of a declared route and checks the answer against what the route declares. */
export async function callRoute<Route extends RouteDefinition>(
  send: (request: ServiceRequest) => Promise<ServiceResponse>,
  service: string,
  route: Route,
  input: RouteInput<Route>,
): Promise<RouteResponse<Route>> {
  const { params, query, body, headers } = input as {
    params?: Record<string, unknown>;
    query?: ServiceRequest['query'];
    body?: unknown;
    headers?: Record<string, string>;
  };
  const answer = await send({
    method: route.method,
    path: routePath(route, params),
    route: route.path,
    ...(query === undefined ? {} : { query }),
    ...(body === undefined ? {} : { body }),
    ...(headers === undefined ? {} : { headers }),
    ...(route.idempotent === undefined ? {} : { idempotent: route.idempotent }),
  });
  const answerBody = answer.status === 204 ? null : answer.body;
  const problems = route.problemsWith(answer.status, answerBody);
  if (problems.length > 0) {
    throw new UpstreamResponseError(service, `${route.method} ${route.path}`, answer.status, problems);
  }
  return { ...answer, body: answerBody } as RouteResponse<Route>;
}
