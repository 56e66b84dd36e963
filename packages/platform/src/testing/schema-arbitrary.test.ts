import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RouteDefinition } from '@bazaar/contracts/routes';
import {
  opsRoutes,
  publicAccountRoutes,
  publicAdminRoutes,
  publicCartRoutes,
  publicShopRoutes,
} from '@bazaar/contracts/gateway';
import { validValueOf, UnsupportedSchemaError, type JsonSchema } from './schema-arbitrary.js';
import { invalidValueOf } from './schema-arbitrary-invalid.js';
import { createAnswerChecker, createSchemaValidator, operationsOf } from './schema-arbitrary-openapi.js';
import { propertyRuns } from './property-runs.js';

const bodyAjv = createSchemaValidator();
const textAjv = createSchemaValidator({ coerce: true });
const routes: RouteDefinition[] = [
  publicAccountRoutes,
  publicAdminRoutes,
  publicCartRoutes,
  publicShopRoutes,
  opsRoutes,
].flatMap((group) => Object.values(group) as RouteDefinition[]);
const requestSchemas = routes.flatMap((route) =>
  (['params', 'query', 'headers', 'body'] as const)
    .filter((part) => route[part] !== undefined)
    .map((part) => ({
      name: `${route.method} ${route.path} ${part}`,
      part,
      schema: route[part] as JsonSchema,
    })),
);

const handMade: Record<string, JsonSchema> = {
  'a slug of bounded length': { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 8 },
  'an integer between exclusive bounds': { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 5 },
  'a nullable number': { type: 'number', minimum: 0, maximum: 1, nullable: true },
  'one of several literals': {
    anyOf: [
      { type: 'string', const: 'a' },
      { type: 'string', const: 'b' },
    ],
  },
  'unique short arrays': {
    type: 'array',
    items: { type: 'integer', minimum: 0 },
    minItems: 1,
    maxItems: 3,
    uniqueItems: true,
  },
  'a closed object with at least one field': {
    type: 'object',
    properties: { name: { type: 'string', minLength: 1 }, email: { type: 'string', format: 'email' } },
    minProperties: 1,
    additionalProperties: false,
  },
};

describe('arbitraries from JSON Schema', () => {
  it.each(Object.entries(handMade))(
    'generates only values that %s accepts, and values it refuses',
    (name, schema) => {
      const validate = bodyAjv.compile(schema);
      const isValid = (value: unknown) => validate(structuredClone(value));
      fc.assert(
        fc.property(validValueOf(schema), (value) => isValid(value)),
        propertyRuns(`valid ${name}`, 200),
      );
      fc.assert(
        fc.property(invalidValueOf(schema), (value) => !isValid(value)),
        propertyRuns(`invalid ${name}`, 200),
      );
    },
  );

  it('generates valid and invalid requests for every part of every public route declaration', () => {
    expect(requestSchemas.length).toBeGreaterThan(20);
    for (const { name, part, schema } of requestSchemas) {
      const validate = (part === 'body' ? bodyAjv : textAjv).compile(schema);
      const isValid = (value: unknown) => validate(structuredClone(value));
      fc.assert(
        fc.property(validValueOf(schema), (value) => isValid(value)),
        { ...propertyRuns(name, 30), verbose: true },
      );
      fc.assert(
        fc.property(invalidValueOf(schema, isValid), (value) => !isValid(value)),
        propertyRuns(name, 30),
      );
    }
  });

  it('refuses a schema it does not model rather than generating values that prove nothing', () => {
    expect(() => validValueOf({ $ref: '#/components/schemas/Order' })).toThrow(UnsupportedSchemaError);
    expect(() => validValueOf({ type: 'string', format: 'hostname' })).toThrow(UnsupportedSchemaError);
  });
});

describe('answers checked against an OpenAPI document', () => {
  const [operation] = operationsOf({
    paths: {
      '/api/things/{id}': {
        get: {
          parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
          responses: {
            200: {
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
                },
              },
            },
            204: {},
          },
        },
      },
    },
  });

  it('reads each operation with its parameters by place and its answers by status', () => {
    expect(operation).toMatchObject({
      name: 'GET /api/things/{id}',
      params: { properties: { id: { type: 'string' } }, required: ['id'] },
      responses: { '200': { contentType: 'application/json' }, '204': null },
    });
  });

  it('names an undeclared status and a body that does not match, and passes one that does', () => {
    const check = createAnswerChecker();
    expect(check(operation!, 200, { id: 'thing_1' })).toEqual([]);
    expect(check(operation!, 204, undefined)).toEqual([]);
    expect(check(operation!, 200, { name: 'no id' })).toEqual([
      "GET /api/things/{id} 200: / must have required property 'id'",
    ]);
    expect(check(operation!, 500, {})).toEqual(['GET /api/things/{id}: status 500 is not declared']);
  });
});
