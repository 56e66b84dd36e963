// The vitest settings every package shares: source-level imports (the "development" export
// condition), the probe of PostgreSQL/RabbitMQ, and generous timeouts for tests across processes.
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Shared vitest configuration for one package; `name` labels its tests in the output. */
export function packageTestConfig(name: string): ViteUserConfig {
  return {
    resolve: { conditions: ['development'] },
    ssr: { resolve: { conditions: ['development'], externalConditions: ['development'] } },
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts', '*.test.ts'],
      globalSetup: [`${root}tools/test-env/src/global-setup.ts`],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
    },
  };
}
