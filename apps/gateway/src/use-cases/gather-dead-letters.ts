import { notFound, type ServiceClient } from '@bazaar/platform';

/** A parked message as the gateway lists it; its id names the service that holds it. */
export interface ParkedMessage {
  id: string;
  service: string;
  [field: string]: unknown;
}

const separator = '~';

/** Lists the parked messages of every service; services that do not answer are named, not fatal. */
export async function gatherDeadLetters(
  services: Record<string, ServiceClient>,
): Promise<{ items: ParkedMessage[]; unavailable: string[] }> {
  const answers = await Promise.all(
    Object.entries(services).map(async ([service, client]) => {
      try {
        const response = await client.request<{ items: Array<{ id: string }> }>({
          method: 'GET',
          path: '/admin/dead-letters',
        });
        if (response.status !== 200) return { service, items: null };
        return {
          service,
          items: response.body.items.map((item) => ({
            ...item,
            service,
            id: `${service}${separator}${item.id}`,
          })),
        };
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
  const localId = encodeURIComponent(rest.join(separator));
  return client.request({ method: 'POST', path: `/admin/dead-letters/${localId}/replay`, idempotent: true });
}
