import { spanRoutes } from '@bazaar/contracts/routes';
import { createAuthGuards } from '../auth/auth-guards.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import type { HttpApp } from '../http/create-http-server.js';
import { registerRoute } from '../http/register-route.js';
import { currentTelemetry } from './start-telemetry.js';

/**
 * Serves this process's local span store to admins at `GET /internal/spans` (the gateway gathers
 * every process's spans into traces). Empty when spans go to an OTLP endpoint instead.
 */
export function installSpanRoutes(app: HttpApp, verifyToken: TokenVerifier): void {
  registerRoute(
    app,
    spanRoutes.listSpans,
    async (request) => {
      const { traceIds, ...query } = request.query;
      const store = currentTelemetry()?.spanStore;
      return { items: store ? store.find({ ...query, traceIds: traceIds?.split(',') }) : [] };
    },
    { onRequest: createAuthGuards(verifyToken).requireAdmin },
  );
}
