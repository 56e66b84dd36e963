// GET /api/ops/queues: asks every service with a bus for its report, on behalf of the admin calling.
import { queueReportRoutes, type QueueReport } from '@bazaar/contracts/routes';
import type { OpsQueue, OpsService } from '@bazaar/contracts/gateway';
import type { ServiceClient } from '@bazaar/platform';
import { bazaar } from '@bazaar/system';
import { mergeQueueReports, type ServiceBusView } from './merge-queue-reports.js';

/** Gathers the queues of every service; `services` tells how many instances of each are ready. */
export async function gatherQueues(
  clients: Readonly<Record<string, ServiceClient>>,
  services: readonly OpsService[],
): Promise<{ items: OpsQueue[]; unavailable: string[] }> {
  const withBus = bazaar.processes.filter((spec) => spec.consumes.length + spec.publishes.length > 0);
  const views = await Promise.all(
    withBus.map(async (spec): Promise<[string, ServiceBusView]> => {
      const instances = services.find((service) => service.name === spec.name)?.instances ?? [];
      const readyInstances = instances.filter((instance) => instance.status === 'ready').length;
      return [spec.name, { report: await reportOf(clients[spec.name]), readyInstances }];
    }),
  );
  return mergeQueueReports(bazaar.processes, new Map(views));
}

async function reportOf(client: ServiceClient | undefined): Promise<QueueReport | null> {
  if (!client) return null;
  try {
    const response = await client.call(queueReportRoutes.getQueueReport, {});
    return response.status === 200 ? response.body : null;
  } catch {
    return null;
  }
}
