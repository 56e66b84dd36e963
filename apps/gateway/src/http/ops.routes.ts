import {
  AppError,
  conflict,
  notFound,
  registerRoute,
  serviceUnavailable,
  type AuthGuards,
  type HttpApp,
} from '@bazaar/platform';
import { opsRoutes as routes } from '@bazaar/contracts/gateway';
import type { GatewayConfig } from '../config.js';
import { gatherQueues } from '../ops/gather-queues.js';
import { createServiceLister } from '../ops/list-services.js';
import { runnerControlAt, type RunnerControl } from '../ops/runner-control.js';
import { upstreamUrls, type Upstreams } from '../upstreams.js';

/** The ops console's API (admin only): processes, queues, and stop/start through the local runner. */
export function registerOpsRoutes(
  app: HttpApp,
  upstreams: Upstreams,
  guards: AuthGuards,
  config: GatewayConfig,
): void {
  const options = { onRequest: guards.requireAdmin };
  const runner = config.RUNNER_CONTROL_FILE ? runnerControlAt(config.RUNNER_CONTROL_FILE) : null;
  const listServices = createServiceLister({
    runner,
    urls: upstreamUrls(config),
    selfId: config.SERVICE_INSTANCE ?? 'gateway',
  });
  registerRoute(app, routes.listServices, async () => ({ items: await listServices() }), options);
  registerRoute(app, routes.listQueues, async () => gatherQueues(upstreams, await listServices()), options);
  for (const action of ['stop', 'start'] as const) {
    const route = action === 'stop' ? routes.stopInstance : routes.startInstance;
    registerRoute(
      app,
      route,
      async (request, reply) => {
        await controlInstance(runner, request.params.id, action);
        return reply.status(202).send({ id: request.params.id, action });
      },
      options,
    );
  }
}

async function controlInstance(runner: RunnerControl | null, id: string, action: 'stop' | 'start') {
  if (!runner) {
    throw new AppError('NOT_SUPPORTED', {
      detail: 'Instances can be stopped and started only where the local runner (npm start) runs the system.',
    });
  }
  const instances = await runner.instances().catch(() => {
    throw serviceUnavailable('The local runner does not answer.');
  });
  const target = instances.find((instance) => instance.instance === id);
  if (!target) throw notFound(`No instance ${id}.`);
  if (action === 'stop' && target.name === 'gateway') {
    throw conflict('The gateway serves this console; stop it from the terminal that runs npm start.');
  }
  if (!(await runner.control(id, action).catch(() => false))) throw notFound(`No instance ${id}.`);
}
