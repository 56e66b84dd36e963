import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * The headers helmet sets for an API (no Content-Security-Policy: the services serve JSON), read
 * once from helmet itself: its values do not depend on the request.
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet({ contentSecurityPolicy: false })(
    {} as IncomingMessage,
    response as unknown as ServerResponse,
    (error?: unknown) => {
      if (error) throw error instanceof Error ? error : new Error(String(error));
    },
  );
  return headers;
}

/** Helmet's security headers, with HSTS or without (plain http on one machine, development). */
export function securityHeadersOf(options: { hsts: boolean }): Record<string, string> {
  const { 'strict-transport-security': hsts, ...others } = securityHeaders();
  // plain http on one machine (development): HSTS would pin localhost to https for a year
  return options.hsts && hsts ? { ...others, 'strict-transport-security': hsts } : others;
}

/** Sends helmet's security headers on every answer (HSTS unless told not to), set in one step per request. */
export function installSecurityHeaders(
  app: FastifyInstance,
  options: { hsts: boolean } = { hsts: true },
): void {
  const headers = securityHeadersOf(options);
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
