import type { Static, TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import { describeProblems } from '../events/define-event.js';

/** The HTTP methods a route may answer. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What `defineRoute` needs: one HTTP operation, everything a caller and the server agree on. */
export interface RouteDeclaration {
  method: HttpMethod;
  /** Fastify-style path, e.g. `/orders/:id/cancel`; every `:name` is a property of `params`. */
  path: string;
  /** One line for OpenAPI. */
  summary: string;
  /** More for OpenAPI, when one line is not enough (e.g. how a stream resumes). */
  description?: string;
  tags?: string[];
  params?: TSchema;
  query?: TSchema;
  body?: TSchema;
  headers?: TSchema;
  /** Every answer by status, problem documents included; an undeclared status is a fault. */
  responses: Record<number, TSchema>;
  /**
   * The content type of the success answers when it is not JSON, e.g. `image/svg+xml`;
   * `text/event-stream` makes it a live stream, which callers open with `ServiceClient.stream`.
   */
  produces?: string;
  /** A POST that is safe to repeat (the client retries it); GET, PUT and DELETE are anyway. */
  idempotent?: boolean;
  /** Left out of the OpenAPI document (internal plumbing). */
  hide?: boolean;
}

/** A declared route: the declaration plus the check of an answer against it. */
export type RouteDefinition<Declaration extends RouteDeclaration = RouteDeclaration> = Declaration & {
  /** The reasons `body` is not what the route declares for `status`; empty when it is. */
  readonly problemsWith: (status: number, body: unknown) => string[];
};

/** A live stream's route: a GET whose success answer is server-sent events. */
export type EventStreamRoute = RouteDefinition & { method: 'GET'; produces: 'text/event-stream' };

/** The statuses a route declares. */
export type RouteStatus<Route extends RouteDeclaration> = keyof Route['responses'] & number;

/** The TypeScript type of one part of a route (`params`, `query`, `body`, `headers`), or undefined. */
export type RoutePart<
  Route extends RouteDeclaration,
  Part extends 'params' | 'query' | 'body' | 'headers',
> = Route[Part] extends TSchema ? Static<Route[Part]> : undefined;

/** Every answer a route declares, as a union discriminated by status. */
export type RouteAnswer<Route extends RouteDeclaration> = {
  [Status in RouteStatus<Route>]: { status: Status; body: Static<Route['responses'][Status]> };
}[RouteStatus<Route>];

// Compiled once per schema, on its first check: a process compiles only the answers it reads
// (ADR 0017 has the numbers), and schemas shared by many routes (Problem) compile once.
const validators = new WeakMap<TSchema, Validator>();

function validatorOf(schema: TSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = Compile(schema);
    validators.set(schema, validator);
  }
  return validator;
}

/** Declares one HTTP operation once: the service registers it, callers call it, OpenAPI shows it. */
export function defineRoute<const Declaration extends RouteDeclaration>(
  declaration: Declaration,
): RouteDefinition<Declaration> {
  const names = [...declaration.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]!);
  const declared = Object.keys((declaration.params as { properties?: object } | undefined)?.properties ?? {});
  if (names.join() !== declared.join()) {
    throw new Error(`${declaration.method} ${declaration.path}: path names [${names}], params [${declared}]`);
  }
  return Object.freeze({
    ...declaration,
    problemsWith(status: number, body: unknown): string[] {
      const schema = declaration.responses[status];
      if (!schema) return [`status ${status} is not declared`];
      const validator = validatorOf(schema);
      return validator.Check(body) ? [] : describeProblems([...validator.Errors(body)]);
    },
  });
}

/** Builds a route's path from its parameters, each encoded, e.g. `/orders/ord_1/cancel`. */
export function routePath(route: RouteDeclaration, params: Record<string, unknown> = {}): string {
  return route.path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) =>
    encodeURIComponent(String(params[name])),
  );
}
