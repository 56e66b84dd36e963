// fast-check arbitraries from JSON Schema: values a schema accepts, for driving an API from its
// declared contract. Written for the subset our TypeBox schemas produce (ADR 0031); anything else
// throws UnsupportedSchemaError instead of generating values that prove nothing.
import fc from 'fast-check';

/** A JSON type name as JSON Schema spells it. */
export type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

/** The subset of JSON Schema (and OpenAPI 3.0's `nullable`) the arbitraries understand. */
export interface JsonSchema {
  type?: JsonType | JsonType[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
  [keyword: string]: unknown;
}

/** How generated strings look: any code point (`binary`, the default) or printable ASCII (headers). */
export interface ArbitraryOptions {
  unit?: 'binary' | 'grapheme-ascii';
}

/** A schema construct the arbitraries do not model (a `$ref`, `allOf`, an unknown format, …). */
export class UnsupportedSchemaError extends Error {}

const safeMax = 2 ** 31 - 1;
const formats: Record<string, fc.Arbitrary<string>> = {
  email: fc
    .tuple(
      fc.stringMatching(/^[a-z0-9]{1,12}$/),
      fc.stringMatching(/^[a-z]{1,10}$/),
      fc.constantFrom('com', 'org', 'dev'),
    )
    .map(([local, domain, tld]) => `${local}@${domain}.${tld}`),
  'date-time': fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString()),
  date: fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
  uri: fc.webUrl(),
  uuid: fc.uuid(),
};

/** The types a schema allows, from `type`, `const` or `enum`; empty when it says none. */
export function typesOf(schema: JsonSchema): JsonType[] {
  const declared = schema.type === undefined ? [] : [schema.type].flat();
  return schema.nullable && !declared.includes('null') ? [...declared, 'null'] : declared;
}

/** An arbitrary of the values `schema` accepts. */
export function validValueOf(schema: JsonSchema, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  if ('$ref' in schema || 'allOf' in schema || 'not' in schema) {
    throw new UnsupportedSchemaError(`unsupported schema: ${JSON.stringify(schema).slice(0, 200)}`);
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((branch) => validValueOf(branch, options)));
  const types = typesOf(schema);
  if (types.length === 0) return fc.jsonValue();
  return fc.oneof(...types.map((type) => validValueOfType(type, schema, options)));
}

function validValueOfType(
  type: JsonType,
  schema: JsonSchema,
  options: ArbitraryOptions,
): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer(integerRange(schema));
    case 'number':
      return fc.double({ ...numberRange(schema), noNaN: true, noDefaultInfinity: true });
    case 'string':
      return validString(schema, options);
    case 'array':
      return validArray(schema, options);
    case 'object':
      return validObject(schema, options);
  }
}

/** The integer bounds of a schema, exclusive ones made inclusive, within ±2^31. */
export function integerRange(schema: JsonSchema): { min: number; max: number } {
  const min = Math.max(
    -safeMax,
    Math.ceil(schema.minimum ?? -safeMax),
    schema.exclusiveMinimum === undefined ? -safeMax : Math.floor(schema.exclusiveMinimum) + 1,
  );
  const max = Math.min(
    safeMax,
    Math.floor(schema.maximum ?? safeMax),
    schema.exclusiveMaximum === undefined ? safeMax : Math.ceil(schema.exclusiveMaximum) - 1,
  );
  return { min, max };
}

function numberRange(schema: JsonSchema): {
  min: number;
  max: number;
  minExcluded: boolean;
  maxExcluded: boolean;
} {
  return {
    min: schema.exclusiveMinimum ?? schema.minimum ?? -1e9,
    max: schema.exclusiveMaximum ?? schema.maximum ?? 1e9,
    minExcluded: schema.exclusiveMinimum !== undefined,
    maxExcluded: schema.exclusiveMaximum !== undefined,
  };
}

function validString(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? safeMax;
  const fits = (text: string) => [...text].length >= minLength && [...text].length <= maxLength;
  if (schema.pattern !== undefined) {
    return fc.stringMatching(new RegExp(schema.pattern, 'u'), { maxLength }).filter(fits);
  }
  if (schema.format !== undefined) {
    const format = formats[schema.format];
    if (!format) throw new UnsupportedSchemaError(`unsupported string format "${schema.format}"`);
    return format.filter(fits);
  }
  return fc.string({ minLength, maxLength, unit: options.unit ?? 'binary' });
}

function validArray(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown[]> {
  const items = schema.items ? validValueOf(schema.items, options) : fc.jsonValue();
  const constraints = { minLength: schema.minItems ?? 0, maxLength: schema.maxItems ?? 10 };
  if (schema.uniqueItems)
    return fc.uniqueArray(items, { ...constraints, selector: (item) => JSON.stringify(item) });
  return fc.array(items, constraints);
}

function validObject(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object') {
    return fc.dictionary(
      fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme-ascii' }),
      validValueOf(schema.additionalProperties, options),
      { maxKeys: 5 },
    );
  }
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, validValueOf(property, options)]),
  );
  const requiredKeys = (schema.required ?? []).filter((key) => key in properties);
  const minProperties = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
  return fc.record(model, { requiredKeys }).filter((value) => Object.keys(value).length >= minProperties);
}
