// Values a schema refuses, and hostile ones it may accept: one violation at a time (a wrong type, a
// bound crossed, a required field gone, an unknown one added), so a refusal names one cause.
import fc from 'fast-check';
import { integerRange, typesOf, validValueOf, type JsonSchema, type JsonType } from './schema-arbitrary.js';

const valueOfType: Record<JsonType, fc.Arbitrary<unknown>> = {
  null: fc.constant(null),
  boolean: fc.boolean(),
  integer: fc.integer({ min: -1000, max: 1000 }),
  number: fc.double({ min: -1000, max: 1000, noNaN: true, noInteger: true }),
  string: fc.string({ maxLength: 12 }),
  array: fc.array(fc.integer(), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme-ascii' }), fc.integer(), {
    maxKeys: 3,
  }),
};

/** Strings that have broken servers: traversal, SQL, markup, NUL, odd Unicode, template syntax. */
export const hostileStrings: readonly string[] = [
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  "' OR '1'='1' --",
  '1; DROP TABLE users; --',
  '<script>alert(1)</script>',
  '\u0000',
  'a\u0000b',
  '\uFEFF\u200B\u202E',
  '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦 ﷽',
  '\uD800',
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  '%00%ff%',
  ' ',
  '',
  '\r\nX-Injected: 1',
  'NaN',
  '-1',
  '9'.repeat(400),
  'x'.repeat(5_000),
];

/** Keys that pollute prototypes when an object is merged carelessly. */
export const hostileKeys: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** A hostile string: one of `hostileStrings` or any code points at all. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/**
 * An arbitrary of values `schema` refuses, each with one violation; `isValid` (for example an
 * Ajv validator) filters out the rare candidate that a combination of keywords still accepts.
 */
export function invalidValueOf(
  schema: JsonSchema,
  isValid?: (value: unknown) => boolean,
): fc.Arbitrary<unknown> {
  const candidates = violationsOf(schema);
  if (candidates.length === 0) throw new Error(`the schema accepts everything: ${JSON.stringify(schema)}`);
  const invalid = fc.oneof(...candidates);
  return isValid ? invalid.filter((value) => !isValid(value)) : invalid;
}

function violationsOf(schema: JsonSchema): Array<fc.Arbitrary<unknown>> {
  const branches = schema.anyOf ?? schema.oneOf;
  const types = branches ? branches.flatMap(typesOf) : typesOf(schema);
  const allowed = new Set<JsonType>(types.includes('number') ? [...types, 'integer'] : types);
  const wrongTypes = (Object.keys(valueOfType) as JsonType[]).filter((type) => !allowed.has(type));
  const violations = types.length > 0 ? wrongTypes.map((type) => valueOfType[type]) : [];
  if (schema.enum || 'const' in schema) violations.push(fc.constant('not-one-of-the-allowed-values'));
  if (branches) violations.push(fc.constant('not-one-of-the-allowed-values'));
  if (branches || schema.enum || 'const' in schema) return violations;
  if (types.includes('string')) violations.push(...stringViolations(schema));
  if (types.includes('integer') || types.includes('number'))
    violations.push(...numberViolations(schema, types));
  if (types.includes('array')) violations.push(...arrayViolations(schema));
  if (types.includes('object')) violations.push(...objectViolations(schema));
  return violations;
}

function stringViolations(schema: JsonSchema): Array<fc.Arbitrary<unknown>> {
  const violations: Array<fc.Arbitrary<unknown>> = [];
  if (schema.minLength)
    violations.push(fc.string({ maxLength: schema.minLength - 1, unit: 'grapheme-ascii' }));
  if (schema.maxLength !== undefined && schema.maxLength < 100_000) {
    const length = schema.maxLength + 1;
    violations.push(fc.string({ minLength: length, maxLength: length + 5, unit: 'grapheme-ascii' }));
  }
  if (schema.pattern !== undefined) {
    const pattern = new RegExp(schema.pattern, 'u');
    violations.push(fc.constantFrom(...hostileStrings).filter((text) => !pattern.test(text)));
  }
  if (schema.format !== undefined) violations.push(fc.constant(`not a ${schema.format}`));
  return violations;
}

function numberViolations(schema: JsonSchema, types: JsonType[]): Array<fc.Arbitrary<unknown>> {
  const violations: Array<fc.Arbitrary<unknown>> = [];
  const { min, max } = integerRange(schema);
  const lowest = schema.exclusiveMinimum ?? schema.minimum;
  const highest = schema.exclusiveMaximum ?? schema.maximum;
  if (lowest !== undefined) violations.push(fc.integer({ min: min - 1000, max: min - 1 }));
  if (highest !== undefined) violations.push(fc.integer({ min: max + 1, max: max + 1000 }));
  if (!types.includes('number'))
    violations.push(fc.integer({ min, max: Math.max(min, max - 1) }).map((n) => n + 0.5));
  return violations;
}

function arrayViolations(schema: JsonSchema): Array<fc.Arbitrary<unknown>> {
  const violations: Array<fc.Arbitrary<unknown>> = [];
  const items = schema.items ? validValueOf(schema.items) : fc.jsonValue();
  if (schema.minItems) violations.push(fc.array(items, { maxLength: schema.minItems - 1 }));
  if (schema.maxItems !== undefined && schema.maxItems < 1000) {
    const length = schema.maxItems + 1;
    violations.push(fc.array(items, { minLength: length, maxLength: length }));
  }
  if (schema.items) {
    const valid = validValueOf({ ...schema, minItems: Math.max(schema.minItems ?? 0, 1) });
    const bad = violationsOf(schema.items);
    if (bad.length > 0) {
      violations.push(
        fc.tuple(valid, fc.oneof(...bad)).map(([array, item]) => [item, ...(array as unknown[]).slice(1)]),
      );
    }
  }
  return violations;
}

function objectViolations(schema: JsonSchema): Array<fc.Arbitrary<unknown>> {
  const violations: Array<fc.Arbitrary<unknown>> = [];
  const valid = validValueOf(schema) as fc.Arbitrary<Record<string, unknown>>;
  const required = schema.required ?? [];
  if (typeof schema.minProperties === 'number' && schema.minProperties > 0) violations.push(fc.constant({}));
  if (required.length > 0) {
    violations.push(
      fc.tuple(valid, fc.constantFrom(...required)).map(([object, key]) => {
        const { [key]: _dropped, ...rest } = object;
        return rest;
      }),
    );
  }
  if (schema.additionalProperties === false) {
    const unknownKey = fc
      .stringMatching(/^[a-zA-Z]{1,12}$/)
      .filter((key) => !(key in (schema.properties ?? {})));
    violations.push(
      fc
        .tuple(valid, unknownKey, fc.jsonValue())
        .map(([object, key, value]) => ({ ...object, [key]: value })),
    );
  }
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const bad = violationsOf(property);
    if (bad.length > 0) {
      violations.push(
        fc.tuple(valid, fc.oneof(...bad)).map(([object, value]) => ({ ...object, [key]: value })),
      );
    }
  }
  return violations;
}
