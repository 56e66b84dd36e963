import type { TSchema } from 'typebox';
import { Problem } from '../common/problem.js';
import { defineRoute, type RouteDeclaration, type RouteDefinition } from '../routes/index.js';

/** What the gateway may answer on any public route besides what the service behind it declares. */
export const gatewayProblems = { 429: Problem, 502: Problem, 503: Problem };

/** A public route: a service's route served by the gateway at `path`, with the gateway's own answers. */
export type PublicRoute<Route extends RouteDeclaration, Path extends string> = RouteDefinition<
  Omit<Route, 'path' | 'responses' | 'problemsWith'> & {
    path: Path;
    responses: Route['responses'] & typeof gatewayProblems;
  }
>;

/** Declares the public route that serves a service's route as it is, at the gateway's `path`. */
export function publicRoute<const Route extends RouteDeclaration, const Path extends string>(
  route: Route,
  path: Path,
  summary: string = route.summary,
): PublicRoute<Route, Path> {
  const { problemsWith: _check, ...declaration } = route as Route & { problemsWith?: unknown };
  return defineRoute({
    ...declaration,
    path,
    summary,
    responses: { ...declaration.responses, ...gatewayProblems } as Record<number, TSchema>,
  }) as unknown as PublicRoute<Route, Path>;
}
