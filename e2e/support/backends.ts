// Where a system under test keeps its data and sends its events: the embedded defaults, or
// RabbitMQ and PostgreSQL in a virtual host and databases of its own (see @bazaar/test-env).
import { inject } from 'vitest';
import { prepareIsolatedBackend, type IsolatedBackend } from '@bazaar/test-env';

/** One place a system can run on, with the environment that selects it. */
export interface Backend {
  name: string;
  available: boolean;
  /** Prepares a fresh, isolated place and returns its environment and how to remove it. */
  prepare(): Promise<IsolatedBackend>;
}

/** The embedded defaults: SQLite files and the embedded broker in the system's data folder. */
export const embeddedBackend: Backend = {
  name: 'the embedded broker and SQLite',
  available: true,
  prepare: async () => ({ env: {}, cleanup: async () => undefined }),
};

/** RabbitMQ and PostgreSQL, when both are reachable in this run (always in CI). */
export function rabbitPostgresBackend(): Backend {
  const { postgresUrl, amqpUrl } = inject('servers');
  return {
    name: 'RabbitMQ and PostgreSQL',
    available: postgresUrl !== null && amqpUrl !== null,
    prepare: () => prepareIsolatedBackend({ postgresUrl: postgresUrl ?? '', amqpUrl: amqpUrl ?? '' }),
  };
}
