// Vitest global setup: finds PostgreSQL and RabbitMQ once per run, hands their URLs to the
// tests (inject('servers')), says plainly which suites are skipped, and with CI=true refuses to
// skip: an unreachable server is then a failure.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { probeServers, defaultServerUrls, type TestServers } from './probe.js';

declare module 'vitest' {
  export interface ProvidedContext {
    servers: TestServers;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const servers = await probeServers();
  const missing = [
    servers.postgresUrl ? null : `PostgreSQL (${defaultServerUrls.postgres})`,
    servers.amqpUrl ? null : `RabbitMQ (${defaultServerUrls.amqp})`,
  ].filter((name): name is string => name !== null);
  if (missing.length > 0 && process.env.CI === 'true') {
    throw new Error(`CI=true and these servers are unreachable: ${missing.join(', ')}. Start them.`);
  }
  if (missing.length > 0 && !process.env.BAZAAR_SKIP_NOTICE_SHOWN) {
    process.env.BAZAAR_SKIP_NOTICE_SHOWN = '1';
    console.warn(`\n[test-env] SKIPPING the suites for: ${missing.join(', ')} — not reachable.\n`);
  }
  project.provide('servers', servers);
}
