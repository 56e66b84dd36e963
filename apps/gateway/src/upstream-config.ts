// The gateway's `<NAME>_URL` keys, one per service it declares it calls in system/bazaar.system.ts,
// each defaulting to where `npm start` puts that service (SERVICE_PORT_BASE 7100 + its offset).
import Type, { type TString } from 'typebox';
import { bazaar, urlKeyOf } from '@bazaar/system';

/** Every service the gateway calls, by name: its `calls` in the system declaration. */
export const serviceNames = bazaar.input.gateway.calls;

/** The name of a service behind the gateway. */
export type ServiceName = (typeof serviceNames)[number];

const defaultPortBase = 7100;

function urlKey(name: ServiceName) {
  const port = bazaar.process(name).port;
  const fallback = port === 'public' ? '' : `http://127.0.0.1:${defaultPortBase + port}`;
  return Type.String({ default: fallback, description: `${name} base URL(s), comma-separated` });
}

/** The configuration keys of the gateway's upstreams: `CATALOG_URL`, `CART_URL`, … */
export const upstreamConfig = Object.fromEntries(
  serviceNames.map((name) => [urlKeyOf(name), urlKey(name)]),
) as Record<`${Uppercase<ServiceName>}_URL`, TString>;
