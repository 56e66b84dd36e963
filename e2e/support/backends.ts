// Where a system under test keeps its data and sends its events: the embedded defaults, or
// RabbitMQ and PostgreSQL — each run in its own RabbitMQ virtual host and its own databases, so
// runs never see each other's queues or rows.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { inject } from 'vitest';

const run = promisify(execFile);

/** The services that own a database. */
export const databaseServices = [
  'identity',
  'catalog',
  'search',
  'recommendations',
  'cart',
  'inventory',
  'orders',
  'payments',
  'shipping',
  'notifications',
];

/** One place a system can run on, with the environment that selects it. */
export interface Backend {
  name: string;
  available: boolean;
  /** Prepares a fresh, isolated place and returns its environment and how to remove it. */
  prepare(): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>;
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
    prepare: async () => {
      const id = `e2e_${randomBytes(4).toString('hex')}`;
      await run('rabbitmqctl', ['-q', 'add_vhost', id]);
      await run('rabbitmqctl', ['-q', 'set_permissions', '-p', id, 'guest', '.*', '.*', '.*']);
      const databaseUrl = (service: string) => {
        const url = new URL(postgresUrl ?? '');
        url.pathname = `/${id}_${service}`;
        return url.toString();
      };
      const env: Record<string, string> = { BUS_URL: `${amqpUrl}/${id}` };
      for (const service of databaseServices)
        env[`${service.toUpperCase()}_DATABASE_URL`] = databaseUrl(service);
      return {
        env,
        cleanup: async () => {
          await run('rabbitmqctl', ['-q', 'delete_vhost', id]).catch(() => undefined);
          await dropDatabases(
            postgresUrl ?? '',
            databaseServices.map((service) => `${id}_${service}`),
          );
        },
      };
    },
  };
}

async function dropDatabases(serverUrl: string, names: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const name of names) await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}
