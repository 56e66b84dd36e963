import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function createAjv(options: Options): Ajv {
  return addFormats(
    new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, strict: false, ...options }),
  );
}

// Bodies are validated as sent (no type coercion, unknown fields rejected, never stripped);
// query strings, params and headers arrive as text, so they are coerced to the declared types.
const bodyAjv = createAjv({ coerceTypes: false });
const textAjv = createAjv({ coerceTypes: 'array' });

/** Fastify validator compiler: strict for bodies, coercing for query, params and headers. */
export const strictValidatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const validate = (httpPart === 'body' ? bodyAjv : textAjv).compile(schema);
  return (data) => (validate(data) ? { value: data } : { error: validate.errors as never });
};
