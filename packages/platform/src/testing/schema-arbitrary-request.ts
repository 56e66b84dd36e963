// HTTP requests of one OpenAPI operation as fast-check arbitraries: valid ones, ones with exactly
// one invalid part (the server must refuse them), and hostile ones (odd strings, polluting keys,
// broken JSON, a wrong content type) that it may refuse or serve, but must never fail on.
import fc from 'fast-check';
import { validValueOf, type JsonSchema } from './schema-arbitrary.js';
import { hostileKeys, hostileString, invalidValueOf } from './schema-arbitrary-invalid.js';
import { createSchemaValidator, type ApiOperation } from './schema-arbitrary-openapi.js';

/** How a request was made: valid, one part invalid (named), or hostile. */
export type RequestKind = 'valid' | 'invalid' | 'hostile';

/** One request of an operation, ready to send. */
export interface FuzzRequest {
  operation: ApiOperation;
  kind: RequestKind;
  /** The part made invalid, when kind is `invalid`: the server must refuse the request. */
  invalidPart?: 'params' | 'query' | 'headers' | 'body';
  method: string;
  /** Path and query string, each value encoded, e.g. `/api/orders/a%2Fb?page=1`. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** How fast-check shows it in a counterexample: `describeRequest`. */
  [fc.toStringMethod]?: () => string;
}

type Text = Record<string, string | string[]>;
const bodyAjv = createSchemaValidator();
const textAjv = createSchemaValidator({ coerce: true });
const validators = new WeakMap<JsonSchema, (value: unknown) => boolean>();

/** Whether a part is valid as the server sees it: bodies as JSON, the rest as text coerced to its types. */
export function isValidPart(schema: JsonSchema, value: unknown, isText: boolean): boolean {
  let validate = validators.get(schema);
  if (!validate) {
    const compiled = (isText ? textAjv : bodyAjv).compile(schema);
    validate = (candidate) => compiled(structuredClone(candidate));
    validators.set(schema, validate);
  }
  return validate(value);
}

/** A value as text, the way a query string or header carries it. */
function asText(value: unknown): string | string[] {
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  return typeof value === 'string' ? value : value === null ? '' : JSON.stringify(value);
}
function textOf(values: unknown): Text {
  return Object.fromEntries(
    Object.entries(values as Record<string, unknown>).map(([key, value]) => [key, asText(value)]),
  );
}

const textPart = (schema: JsonSchema) => validValueOf(schema, { unit: 'grapheme-ascii' }).map(textOf);
const headerText = fc.string({ unit: 'grapheme-ascii', maxLength: 80 });

function hostileBody(operation: ApiOperation): fc.Arbitrary<{ body: string; contentType: string }> {
  const valid = operation.body ? validValueOf(operation.body) : fc.constant({});
  const json = 'application/json';
  return fc.oneof(
    fc.tuple(valid, fc.constantFrom(...hostileKeys)).map(([value, key]) => ({
      body: `{"${key}":{"role":"admin","isAdmin":true},${JSON.stringify(value).slice(1)}`.replace(',}', '}'),
      contentType: json,
    })),
    valid.map((value) => ({
      body: JSON.stringify(replaceStrings(value, '\u0000<script>')),
      contentType: json,
    })),
    fc
      .constantFrom('{', '{"a":', 'null', '[]', '"text"', '1e999', '{"a":1,"a":2}', '')
      .map((body) => ({ body, contentType: json })),
    valid.map((value) => ({ body: JSON.stringify(value), contentType: 'text/plain' })),
    valid.map((value) => ({ body: JSON.stringify(value), contentType: 'application/x-www-form-urlencoded' })),
    fc.constant({ body: `{"a":"${'x'.repeat(200_000)}"}`, contentType: json }),
  );
}

function replaceStrings(value: unknown, text: string): unknown {
  if (typeof value === 'string') return text;
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, text));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceStrings(item, text)]));
  }
  return value;
}

/** Requests of `operation`: valid, with one invalid part, and hostile, in the proportions fuzzing needs. */
export function requestOf(operation: ApiOperation): fc.Arbitrary<FuzzRequest> {
  const parts = fc.record({
    params: textPart(operation.params),
    query: textPart(operation.query),
    headers: textPart(operation.headers),
    body: operation.body
      ? validValueOf(operation.body).map((value) => JSON.stringify(value))
      : fc.constant(undefined),
  });
  const valid = parts.map((part) => build(operation, 'valid', part));
  const invalid = (['params', 'query', 'headers', 'body'] as const).flatMap((name) => {
    const schema = name === 'body' ? operation.body : operation[name];
    if (!schema || (name !== 'body' && Object.keys(schema.properties ?? {}).length === 0)) return [];
    const isText = name !== 'body';
    // a query string, the params and the headers are always a set of names: only their values can be wrong
    const isNoSet = (value: unknown) =>
      isText && (typeof value !== 'object' || value === null || Array.isArray(value));
    const bad = invalidValueOf(
      schema,
      (value) => isNoSet(value) || isValidPart(schema, isText ? textOf(value) : value, isText),
    );
    const arbitrary = fc.tuple(parts, bad).map(([part, value]) => {
      const request = build(
        operation,
        'invalid',
        { ...part, [name]: isText ? textOf(value) : JSON.stringify(value) },
        name,
      );
      // judged again as sent: an empty list, for one, leaves no trace in a query string
      if (!isText || !isValidPart(schema, sentPart(name, request, schema), true)) return request;
      const { invalidPart: _valid, ...rest } = request;
      return { ...rest, kind: 'valid' as const };
    });
    return [{ weight: 2, arbitrary }];
  });
  const hostile = fc
    .tuple(
      parts,
      hostileString,
      fc.constantFrom('params', 'query') as fc.Arbitrary<'params' | 'query'>,
      fc.nat(),
      hostileBody(operation),
    )
    .map(([part, text, place, index, body]) => {
      const names = Object.keys(operation[place].properties ?? {});
      const name = names.length > 0 ? names[index % names.length]! : hostileKeys[index % hostileKeys.length]!;
      const hasBody = operation.method !== 'GET';
      const request = build(operation, 'hostile', {
        ...part,
        [place]: { ...part[place], [name]: text },
        body: hasBody ? body.body : undefined,
      });
      return hasBody
        ? { ...request, headers: { ...request.headers, 'content-type': body.contentType } }
        : request;
    });
  const oddHeaders = fc.tuple(valid, headerText).map(([request, text]): FuzzRequest => ({
    ...request,
    kind: 'hostile',
    headers: { ...request.headers, 'x-forwarded-for': headerValue(text), 'last-event-id': headerValue(text) },
  }));
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    ...invalid,
    { weight: 3, arbitrary: hostile },
    { weight: 1, arbitrary: oddHeaders },
  );
}

/** A text part of a request as the server receives it, before it is coerced to its types. */
function sentPart(name: 'params' | 'query' | 'headers', request: FuzzRequest, schema: JsonSchema): Text {
  const names = Object.keys(schema.properties ?? {});
  if (name === 'headers') {
    return Object.fromEntries(
      names.flatMap((key) => (key in request.headers ? [[key, request.headers[key]!]] : [])),
    );
  }
  if (name === 'query') {
    const sent: Text = {};
    for (const [key, value] of new URL(request.url, 'http://fuzz.test').searchParams) {
      const before = sent[key];
      sent[key] = before === undefined ? value : [before, value].flat();
    }
    return sent;
  }
  const segments = request.url.split('?')[0]!.split('/');
  const template = request.operation.path.split('/');
  return Object.fromEntries(
    template.flatMap((segment, index) => {
      const match = /^\{(\w+)\}(.*)$/.exec(segment);
      if (!match) return [];
      const raw = segments[index] ?? '';
      const text = raw.slice(0, raw.length - match[2]!.length);
      try {
        return [[match[1]!, decodeURIComponent(text)]];
      } catch {
        return [[match[1]!, text]];
      }
    }),
  );
}

/** One line that shows a request: its kind, method, URL, headers and the start of its body. */
export function describeRequest(request: FuzzRequest): string {
  const body = request.body ?? '';
  const shown = body.length > 200 ? `${body.slice(0, 200)}… (${body.length} characters)` : body;
  const kind = request.invalidPart ? `invalid ${request.invalidPart}` : request.kind;
  return `${kind}: ${request.method} ${request.url} ${JSON.stringify(request.headers)} ${shown}`;
}

/** Percent-encodes a path segment; a lone surrogate goes as its (invalid) UTF-8 bytes, as an attacker would send it. */
function encodePathSegment(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.charCodeAt(0);
      if (char.length > 1 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(char);
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    })
    .join('');
}

/** A header value as fetch can send it: printable ASCII kept, anything else percent-encoded. */
function headerValue(value: string | string[]): string {
  const text = [value].flat().join(',');
  return /^[\x20-\x7e]*$/.test(text) ? text : encodeURIComponent(text);
}

function build(
  operation: ApiOperation,
  kind: RequestKind,
  part: { params: Text; query: Text; headers: Text; body: string | undefined },
  invalidPart?: FuzzRequest['invalidPart'],
): FuzzRequest {
  const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
    encodePathSegment(String(part.params[name] ?? '')),
  );
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(part.query))
    for (const item of [value].flat()) query.append(key, item);
  const search = query.toString();
  const headers = Object.fromEntries(
    Object.entries(part.headers).map(([key, value]) => [key, headerValue(value)]),
  );
  const hasBody = part.body !== undefined && operation.method !== 'GET' && operation.method !== 'HEAD';
  return {
    [fc.toStringMethod](this: FuzzRequest) {
      return describeRequest(this);
    },
    operation,
    kind,
    ...(invalidPart && { invalidPart }),
    method: operation.method,
    url: search ? `${path}?${search}` : path,
    headers: hasBody ? { 'content-type': 'application/json', ...headers } : headers,
    ...(hasBody && { body: part.body }),
  };
}
