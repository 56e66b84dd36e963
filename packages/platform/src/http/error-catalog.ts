/** Every stable error code the system answers with, its HTTP status and its title. */
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, title: 'The request is invalid' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication is required' },
  FORBIDDEN: { status: 403, title: 'You are not allowed to do this' },
  SERVICE_CREDENTIAL_REQUIRED: { status: 401, title: 'Only the services allowed to call this one may' },
  CALLER_NOT_ALLOWED: {
    status: 403,
    title: 'The system declaration does not let this service call that one',
  },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  CONFLICT: { status: 409, title: 'The request conflicts with the current state' },
  CART_EMPTY: { status: 409, title: 'The cart is empty; there is nothing to order' },
  NOT_SUPPORTED: { status: 409, title: 'This deployment does not support the operation' },
  ORDER_ALREADY_SHIPPED: { status: 409, title: 'The order has shipped; it can no longer be cancelled' },
  SHIPMENT_ALREADY_LEFT: { status: 409, title: 'The shipment has left; it can no longer be stopped' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported content type' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'The idempotency key was used with another request' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  LOGIN_THROTTLED: { status: 429, title: 'Too many failed sign-ins; wait before trying again' },
  LOGIN_LOCKED: { status: 429, title: 'Too many failed sign-ins; signing in is locked for a while' },
  INTERNAL_ERROR: { status: 500, title: 'Something went wrong on our side' },
  BAD_UPSTREAM_RESPONSE: { status: 502, title: 'A service this needs answered what it does not declare' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'A service this needs is unavailable' },
  OVERLOADED: { status: 503, title: 'The server is overloaded; try again shortly' },
  DEADLINE_EXCEEDED: { status: 504, title: 'The request’s deadline passed before it could be served' },
} as const satisfies Record<string, { status: number; title: string }>;

/** A code from the catalog. */
export type CatalogErrorCode = keyof typeof errorCatalog;

/** Returns the catalog code that describes a bare HTTP status. */
export function codeForStatus(status: number): CatalogErrorCode {
  const match = Object.entries(errorCatalog).find(([, entry]) => entry.status === status);
  if (match) return match[0] as CatalogErrorCode;
  return status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED';
}
