// A fresh, isolated place on RabbitMQ and PostgreSQL for one run of a whole system: its own
// RabbitMQ virtual host and its own database per service, removed afterwards.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { bazaar, databaseOwners } from '@bazaar/system';

const run = promisify(execFile);

/** The services that own a database: those system/bazaar.system.ts declares with one. */
export const databaseServices = databaseOwners(bazaar);

/** The environment that points a system at its isolated place, and how to remove the place. */
export interface IsolatedBackend {
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** Makes a virtual host (rabbitmqctl) and names a database per service (created on first start). */
export async function prepareIsolatedBackend(servers: {
  postgresUrl: string;
  amqpUrl: string;
}): Promise<IsolatedBackend> {
  const id = `run_${randomBytes(4).toString('hex')}`;
  await run('rabbitmqctl', ['-q', 'add_vhost', id]);
  await run('rabbitmqctl', ['-q', 'set_permissions', '-p', id, 'guest', '.*', '.*', '.*']);
  const env: Record<string, string> = { BUS_URL: `${servers.amqpUrl.replace(/\/$/, '')}/${id}` };
  for (const service of databaseServices) {
    const url = new URL(servers.postgresUrl);
    url.pathname = `/${id}_${service}`;
    env[`${service.toUpperCase()}_DATABASE_URL`] = url.toString();
  }
  return {
    env,
    cleanup: async () => {
      await run('rabbitmqctl', ['-q', 'delete_vhost', id]).catch(() => undefined);
      await deleteUsersOf(id).catch(() => undefined);
      await dropDatabases(
        servers.postgresUrl,
        databaseServices.map((service) => `${id}_${service}`),
      );
    },
  };
}

/** Deletes the per-process users `npm start` made for the vhost (`<process>@<vhost>`): users are broker-wide. */
async function deleteUsersOf(vhost: string): Promise<void> {
  const listed = await run('rabbitmqctl', ['-q', 'list_users', '--formatter', 'json']);
  const users = (JSON.parse(listed.stdout) as { user: string }[]).map((row) => row.user);
  for (const user of users.filter((name) => name.endsWith(`@${vhost}`))) {
    await run('rabbitmqctl', ['-q', 'delete_user', user]);
  }
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
