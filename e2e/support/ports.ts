// Free ports for a system under test: one for the gateway, and a whole block for the services.
import net from 'node:net';

/** Resolves true when nothing listens on the port at 127.0.0.1. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A random SERVICE_PORT_BASE below the ephemeral range whose block is free: the runner puts
 * replica r of a service at base + offset (1–99) + 100 * r, so base+1 … base+100*replicas-1 must be.
 */
export async function findFreeServicePortBase(replicas: number, avoid: readonly number[]): Promise<number> {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const base = 100 * (200 + Math.floor(Math.random() * (120 - replicas)));
    const block = Array.from({ length: 100 * replicas - 1 }, (_, index) => base + 1 + index);
    if (block.some((port) => avoid.includes(port))) continue;
    const free = await Promise.all(block.map(isPortFree));
    if (free.every(Boolean)) return base;
  }
  throw new Error(`no free block of ${100 * replicas} ports found for SERVICE_PORT_BASE`);
}

/** The highest replica count in a SCALE value such as "catalog=3,identity=2" (1 when none). */
export function maxReplicas(scale: string | undefined): number {
  const counts = [...(scale ?? '').matchAll(/=\s*(\d+)/g)].map((match) => Number(match[1]));
  return Math.max(1, ...counts);
}
