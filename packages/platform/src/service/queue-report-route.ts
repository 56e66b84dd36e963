import { queueReportRoutes, type QueueReport } from '@bazaar/contracts/routes';
import { createAuthGuards } from '../auth/auth-guards.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import type { HttpApp } from '../http/create-http-server.js';
import { registerRoute } from '../http/register-route.js';

/** Serves `GET /admin/queues` to admins: this service's queues and outbox, which the ops console gathers. */
export function installQueueReportRoute(
  app: HttpApp,
  report: () => Promise<QueueReport>,
  verifyToken: TokenVerifier,
): void {
  const options = { onRequest: createAuthGuards(verifyToken).requireAdmin };
  registerRoute(app, queueReportRoutes.getQueueReport, async () => report(), options);
}
