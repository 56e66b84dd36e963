import { notFound, type ServiceClient } from '@bazaar/platform';
import { deadLetterRoutes } from '@bazaar/contracts/routes';
import type { ParkedMessage } from '@bazaar/contracts/gateway';

const separator = '~';

/** Lists the parked messages of every service; services that do not answer are named, not fatal. */
export async function gatherDeadLetters(
  services: Record<string, ServiceClient>,
): Promise<{ items: ParkedMessage[]; unavailable: string[] }> {
  const answers = await Promise.all(
    Object.entries(services).map(async ([service, client]) => {
      try {
        const response = await client.call(deadLetterRoutes.listDeadLetters, {});
        if (response.status !== 200) return { service, items: null };
        const items = response.body.items.map((item) => ({
          ...item,
          service,
          id: `${service}${separator}${item.id}`,
        }));
        return { service, items };
      } catch {
        return { service, items: null };
      }
    }),
  );
  return {
    items: answers.flatMap((answer) => answer.items ?? []),
    unavailable: answers.filter((answer) => answer.items === null).map((answer) => answer.service),
  };
}

/** Replays one parked message on the service that holds it. */
export async function replayDeadLetter(services: Record<string, ServiceClient>, id: string) {
  const [service, ...rest] = id.split(separator);
  const client = service ? services[service] : undefined;
  if (!client || rest.length === 0) throw notFound(`No parked message ${id}.`);
  return client.call(deadLetterRoutes.replayDeadLetter, { params: { id: rest.join(separator) } });
}
