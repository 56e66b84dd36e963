// An OpenAPI 3.0 document read as the fuzzer needs it: every operation with the schemas of its
// parameters, body and answers, and a check of an answer against what its operation declares for
// that status (Ajv, the same engine and options the kit validates requests with).
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from './schema-arbitrary.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

interface OpenApiParameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}
/** The part of an OpenAPI document the fuzzer reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

/** One operation: where it is, the object schemas of its parameters by place, its body and answers. */
export interface ApiOperation {
  /** e.g. `POST /api/orders/{id}/cancel`. */
  name: string;
  method: string;
  path: string;
  params: JsonSchema;
  query: JsonSchema;
  headers: JsonSchema;
  body: JsonSchema | undefined;
  /** Each declared status with its content type and schema (none for 204). */
  responses: Record<string, { contentType: string; schema: JsonSchema } | null>;
}

/** Every operation of an OpenAPI document. */
export function operationsOf(document: OpenApiDocument): ApiOperation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      params: parametersIn(operation, 'path'),
      query: parametersIn(operation, 'query'),
      headers: parametersIn(operation, 'header'),
      body: operation.requestBody?.content['application/json']?.schema,
      responses: Object.fromEntries(
        Object.entries(operation.responses).map(([status, response]) => {
          const [contentType, content] = Object.entries(response.content ?? {})[0] ?? [];
          return [status, contentType && content?.schema ? { contentType, schema: content.schema } : null];
        }),
      ),
    })),
  );
}

function parametersIn(operation: OpenApiOperation, place: OpenApiParameter['in']): JsonSchema {
  const parameters = (operation.parameters ?? []).filter((parameter) => parameter.in === place);
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])),
    required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  };
}

/**
 * An Ajv as the kit configures it for requests (defaults filled in; `coerce` for text parts: query,
 * params, headers), or, with `forAnswers`, one that neither coerces nor fills anything in.
 */
export function createSchemaValidator({ coerce = false, forAnswers = false } = {}): Ajv {
  return addFormats(
    new Ajv({
      allErrors: true,
      strict: false,
      useDefaults: !forAnswers,
      coerceTypes: coerce && !forAnswers ? 'array' : false,
    }),
  );
}

/**
 * A check of answers against an operation's declarations: the reasons an answer with `status` and
 * JSON `body` does not match what the operation declares for that status; empty when it does.
 */
export function createAnswerChecker(): (operation: ApiOperation, status: number, body: unknown) => string[] {
  const ajv = createSchemaValidator({ forAnswers: true });
  const compiled = new WeakMap<JsonSchema, ValidateFunction>();
  return (operation, status, body) => {
    if (!(String(status) in operation.responses))
      return [`${operation.name}: status ${status} is not declared`];
    const declared = operation.responses[String(status)];
    if (!declared || declared.contentType !== 'application/json') return [];
    let validate = compiled.get(declared.schema);
    if (!validate) {
      validate = ajv.compile(declared.schema);
      compiled.set(declared.schema, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (error) => `${operation.name} ${status}: ${error.instancePath || '/'} ${error.message ?? ''}`,
    );
  };
}
