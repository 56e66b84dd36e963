import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from './app-error.js';
import { isDatabaseUnavailable } from '../data/database-unavailable.js';
import { codeForStatus, errorCatalog } from './error-catalog.js';

/** The RFC 9457 problem document every error answer carries. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: FieldError[];
}

interface AjvLikeError {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** Names the field of one schema validation error, e.g. `body.email` or `query.page`. */
function describeValidationError(error: AjvLikeError, part: string): FieldError {
  const path = (error.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  const params = error.params ?? {};
  if (params.additionalProperty) {
    const field = [path, params.additionalProperty].filter(Boolean).join('.');
    return { field: `${part}.${field}`, message: 'is not a known field' };
  }
  const child = (params.missingProperty as string | undefined) ?? '';
  const field = [path, child].filter(Boolean).join('.');
  return {
    field: field ? `${part}.${field}` : part,
    message: child ? 'is required' : (error.message ?? 'is invalid'),
  };
}

const fastifyCodes: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
};

/** Turns any thrown error into the problem document to answer with. */
export function toProblem(error: FastifyError | AppError | Error): ProblemDetails {
  if (error instanceof AppError) {
    return problem(error.code, error.status, error.title, error.detail, error.errors);
  }
  const fastifyError = error as FastifyError & { validation?: AjvLikeError[]; validationContext?: string };
  if (fastifyError.validation) {
    const errors = fastifyError.validation.map((e) =>
      describeValidationError(e, fastifyError.validationContext ?? 'body'),
    );
    return problem('VALIDATION_FAILED', 400, errorCatalog.VALIDATION_FAILED.title, undefined, errors);
  }
  if (isDatabaseUnavailable(error)) {
    const title = errorCatalog.SERVICE_UNAVAILABLE.title;
    return problem('SERVICE_UNAVAILABLE', 503, title, 'Its database is unreachable; try again shortly.');
  }
  if (fastifyError.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    // the router's 414: no declared route answers it, and no valid id is that long
    const title = errorCatalog.VALIDATION_FAILED.title;
    return problem('VALIDATION_FAILED', 400, title, 'A path parameter is longer than any valid value.');
  }
  const status = fastifyError.statusCode ?? 500;
  if (status >= 500) return problem('INTERNAL_ERROR', 500, errorCatalog.INTERNAL_ERROR.title);
  if (error instanceof SyntaxError || fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return problem(
      'VALIDATION_FAILED',
      400,
      errorCatalog.VALIDATION_FAILED.title,
      'The body is not valid JSON.',
    );
  }
  const code = fastifyCodes[fastifyError.code] ?? codeForStatus(status);
  const entry = errorCatalog[code as keyof typeof errorCatalog];
  return problem(code, status, entry?.title ?? error.message, error.message);
}

function problem(
  code: string,
  status: number,
  title: string,
  detail?: string,
  errors?: FieldError[],
): ProblemDetails {
  return {
    type: `https://bazaar.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title,
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
}

/** Fastify error handler: logs faults, answers problem+json, never leaks a stack trace. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const body = toProblem(error);
  if (body.status >= 500) request.log.error({ err: error }, 'request failed');
  if (error instanceof AppError && error.headers) void reply.headers(error.headers);
  return reply.status(body.status).type('application/problem+json').send(body);
}
