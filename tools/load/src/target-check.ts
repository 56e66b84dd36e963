// A load run is refused against another machine unless told otherwise: a typo in --target
// must not become a load test of someone's server.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackAddress(address: string): boolean {
  const plain = address.toLowerCase().replace(/^::ffff:/, '');
  return plain === '::1' || (isIP(plain) === 4 && plain.startsWith('127.'));
}

/** The addresses of this machine's own interfaces. */
export function localAddresses(): Set<string> {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  return new Set(addresses.map((item) => item.address.toLowerCase()));
}

/** Resolves the host and says whether every address it has is on this machine. */
export async function isLocalTarget(
  url: URL,
  resolve: (host: string) => Promise<string[]> = resolveAll,
  ownAddresses: Set<string> = localAddresses(),
): Promise<boolean> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await resolve(host);
  return (
    addresses.length > 0 &&
    addresses.every((address) => isLoopbackAddress(address) || ownAddresses.has(address.toLowerCase()))
  );
}

async function resolveAll(host: string): Promise<string[]> {
  const found = await lookup(host, { all: true });
  return found.map((item) => item.address);
}
