// What never reaches a log line, and the one walk that removes it. pino's own `redact` compiles a
// path per secret and depth (26 of them, most with wildcards) and cost 33 µs of every log line
// here, a sixth of a kit-built server's CPU per request; this walk looks at each key once and
// copies only the objects on the way to a secret (ADR 0034).

/** Keys whose values are never logged, at any of the first three levels of a log line. */
export const secretKeys: ReadonlySet<string> = new Set([
  'password',
  'cardNumber',
  'cvc',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
]);

/** Header names whose values are never logged, in any `headers` object (case-insensitive). */
export const secretHeaders: ReadonlySet<string> = new Set(['authorization', 'cookie', 'set-cookie']);

/** What a secret is replaced with. */
export const censor = '[REDACTED]';

const deepestLevel = 3;

/**
 * The log line's fields with every secret replaced by the censor, up to three levels deep (as
 * `key`, `*.key` and `*.*.key` paths would). The object given is never changed: the objects on the
 * way to a secret are copied, everything else is shared, and a line without secrets is returned as is.
 */
export function redactSecrets<T extends object>(fields: T): T {
  return redacted(fields, 1, false) as T;
}

function redacted(value: object, level: number, isHeaders: boolean): object {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const next = level < deepestLevel && isObject(item) ? redacted(item, level + 1, false) : item;
      if (next !== item) (copy ??= [...value])[index] = next;
    });
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    let next = item;
    if (secretKeys.has(key) || (isHeaders && secretHeaders.has(key.toLowerCase()))) next = censor;
    else if (level === 1 && key === 'err' && item instanceof Error)
      next = item; // its serializer redacts it
    else if (level < deepestLevel && isObject(item)) next = redacted(item, level + 1, key === 'headers');
    if (next !== item) (copy ??= { ...value })[key] = next;
  }
  return copy ?? value;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
