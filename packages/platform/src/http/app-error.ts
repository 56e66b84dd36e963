import { errorCatalog, type CatalogErrorCode } from './error-catalog.js';

/** One invalid field of a request. */
export interface FieldError {
  field: string;
  message: string;
}

/** An error meant for the caller: it becomes a problem+json answer with a stable code. */
export class AppError extends Error {
  readonly status: number;
  readonly title: string;

  constructor(
    readonly code: string,
    options: {
      status?: number;
      title?: string;
      detail?: string;
      errors?: FieldError[];
      headers?: Record<string, string>;
    } = {},
  ) {
    const entry = errorCatalog[code as CatalogErrorCode] as { status: number; title: string } | undefined;
    super(options.detail ?? options.title ?? entry?.title ?? code);
    this.name = 'AppError';
    this.status = options.status ?? entry?.status ?? 400;
    this.title = options.title ?? entry?.title ?? code;
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers;
  }

  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;
}

/** 404 NOT_FOUND for the named thing. */
export const notFound = (detail?: string) => new AppError('NOT_FOUND', { detail });
/** 409 CONFLICT, or another code with status 409 such as CART_EMPTY. */
export const conflict = (detail?: string, code = 'CONFLICT') => new AppError(code, { status: 409, detail });
/** 401 UNAUTHENTICATED. */
export const unauthenticated = (detail?: string) => new AppError('UNAUTHENTICATED', { detail });
/** 403 FORBIDDEN. */
export const forbidden = (detail?: string) => new AppError('FORBIDDEN', { detail });
/** 400 VALIDATION_FAILED naming each invalid field. */
export const validationFailed = (errors: FieldError[], detail?: string) =>
  new AppError('VALIDATION_FAILED', { errors, detail });
/** 503 SERVICE_UNAVAILABLE: a dependency is down; fast, never a hang. */
export const serviceUnavailable = (detail?: string) => new AppError('SERVICE_UNAVAILABLE', { detail });
