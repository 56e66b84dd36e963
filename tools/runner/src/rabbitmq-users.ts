// One RabbitMQ user per process (docs/decisions/0030): `npm start` on RabbitMQ makes them through the
// management API from one administrator's URL, each allowed to write only its own queues and the
// event exchanges, and on the topic exchange only the routing keys (event types) it owns. Passwords
// are made on the first start into <DATA_DIR>/rabbitmq-users.json (0600); each child gets a BUS_URL
// with its own user, and the broker refuses a `user-id` that is not the connection's user.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bazaar, consumedEventsOf, type ProcessDeclaration, type SystemDeclaration } from '@bazaar/system';

/** What the users are made from. */
export interface RabbitUsersOptions {
  /** BUS_URL as the runner was given it: one broker or every node of a cluster, comma-separated. */
  busUrl: string;
  /** BUS_ADMIN_URL: an administrator's management API, e.g. http://admin:secret@127.0.0.1:15672. */
  adminUrl?: string | undefined;
  dataDir: string;
  system?: Pick<SystemDeclaration, 'processes'>;
  /** The topic exchange events go through (the bus's default). */
  exchange?: string;
  fetch?: typeof fetch;
}

/** The per-process users once made: the BUS_URL each child is given. */
export interface RabbitUsers {
  /** The users' names by process. */
  readonly users: Readonly<Record<string, string>>;
  /** `{ BUS_URL }` with the process's own user and password; `{}` for a process without a bus. */
  environmentOf(name: string): Record<string, string>;
}

/** The file holding the users' passwords. */
export function rabbitUsersFile(dataDir: string): string {
  return path.join(dataDir, 'rabbitmq-users.json');
}

/** The user of a process on a virtual host: `<process>` on `/`, else `<process>@<vhost>` (users are broker-wide). */
export function rabbitUserOf(name: string, vhost: string): string {
  return vhost === '/' ? name : `${name}@${vhost}`;
}

/** The per-process users when the runner's BUS_URL names RabbitMQ (BUS_ADMIN_URL optional); else undefined. */
export async function rabbitUsersFor(
  env: NodeJS.ProcessEnv,
  dataDir: string,
): Promise<RabbitUsers | undefined> {
  const busUrl = env.BUS_URL?.trim();
  if (!busUrl?.startsWith('amqp')) return undefined;
  return ensureRabbitUsers({ busUrl, adminUrl: env.BUS_ADMIN_URL, dataDir });
}

/** Makes (or updates) one user per service process with its permissions; returns their BUS_URLs. */
export async function ensureRabbitUsers(options: RabbitUsersOptions): Promise<RabbitUsers> {
  const nodes = options.busUrl.split(',').map((url) => new URL(url.trim()));
  const vhost = vhostOf(nodes[0]!);
  const admin = adminApiOf(options.adminUrl, nodes[0]!);
  const exchange = options.exchange ?? 'bazaar.events';
  const services = (options.system ?? bazaar).processes.filter((spec) => spec.kind === 'service');
  const passwords = readPasswords(options.dataDir);
  const users: Record<string, string> = {};
  for (const spec of services) {
    const user = rabbitUserOf(spec.name, vhost);
    passwords[user] ??= randomBytes(18).toString('base64url');
    users[spec.name] = user;
  }
  writeFileSync(rabbitUsersFile(options.dataDir), JSON.stringify(passwords, null, 2), { mode: 0o600 });
  const call = managementCall(admin, options.fetch ?? fetch);
  for (const spec of services) {
    const user = users[spec.name]!;
    await call('PUT', `/api/users/${encodeURIComponent(user)}`, { password: passwords[user], tags: '' });
    await call(
      'PUT',
      `/api/permissions/${encodeURIComponent(vhost)}/${encodeURIComponent(user)}`,
      permissionsOf(spec, exchange),
    );
    await call(
      'PUT',
      `/api/topic-permissions/${encodeURIComponent(vhost)}/${encodeURIComponent(user)}`,
      topicPermissionsOf(spec, exchange),
    );
  }
  return {
    users,
    environmentOf: (name): Record<string, string> => {
      const user = users[name];
      if (!user) return {};
      const urls = nodes.map((node) => withCredentials(node, user, passwords[user]!));
      return { BUS_URL: urls.join(',') };
    },
  };
}

/**
 * Configure, write and read on the process's own queues (`<service>.*`, their `.dlq`, the
 * server-named broadcast queues) and the event exchanges (declared by every process; the default
 * exchange only to replay a dead letter onto its queue). Which routing keys it may use is the topic
 * permission's business.
 */
export function permissionsOf(
  spec: Pick<ProcessDeclaration, 'name'>,
  exchange: string,
): { configure: string; write: string; read: string } {
  const own = [`${escape(spec.name)}\\..*`, 'amq\\.gen-.*', escape(exchange), escape(`${exchange}.dlx`)];
  return {
    configure: anchored(own),
    write: anchored([...own, 'amq\\.default']),
    read: anchored(own),
  };
}

/** On the topic exchange: publish only the types the process owns, bind only those it consumes. */
export function topicPermissionsOf(
  spec: Pick<ProcessDeclaration, 'publishes' | 'consumes' | 'broadcasts'>,
  exchange: string,
): { exchange: string; write: string; read: string } {
  const consumed = [
    ...consumedEventsOf(spec as ProcessDeclaration),
    ...(spec.broadcasts ?? []).flatMap((queue) => queue.events),
  ];
  return {
    exchange,
    write: anchoredOrNothing(spec.publishes),
    read: anchoredOrNothing([...new Set(consumed)]),
  };
}

function anchored(alternatives: readonly string[]): string {
  return `^(${alternatives.join('|')})$`;
}

// no routing key is a match for a process that publishes (or binds) nothing
function anchoredOrNothing(types: readonly string[]): string {
  return types.length === 0 ? '^$' : anchored(types.map(escape));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

function vhostOf(url: URL): string {
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  return name === '' ? '/' : name;
}

function withCredentials(node: URL, user: string, password: string): string {
  const url = new URL(node.toString());
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** The management API: BUS_ADMIN_URL, else BUS_URL's host and credentials on port 15672. */
function adminApiOf(adminUrl: string | undefined, node: URL): URL {
  if (adminUrl) return new URL(adminUrl);
  const api = new URL(`${node.protocol === 'amqps:' ? 'https' : 'http'}://${node.host}`);
  api.port = '15672';
  api.username = node.username || 'guest';
  api.password = node.password || 'guest';
  return api;
}

function managementCall(api: URL, send: typeof fetch) {
  const base = `${api.protocol}//${api.host}`;
  const user = decodeURIComponent(api.username);
  const authorization = `Basic ${Buffer.from(`${user}:${decodeURIComponent(api.password)}`).toString('base64')}`;
  const need =
    `per-service RabbitMQ users need an administrator's management API: set BUS_ADMIN_URL=http://<admin>:<password>@<host>:15672 ` +
    `(default: BUS_URL's user on port 15672; enable it with \`rabbitmq-plugins enable rabbitmq_management\`)`;
  return async (method: string, route: string, body: unknown): Promise<void> => {
    let response: Response;
    try {
      response = await send(`${base}${route}`, {
        method,
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw new Error(`cannot reach RabbitMQ's management API at ${base} (${String(error)}); ${need}`);
    }
    if (response.status === 401 || response.status === 403)
      throw new Error(`RabbitMQ's management API at ${base} refused ${user} (${response.status}); ${need}`);
    if (!response.ok)
      throw new Error(
        `RabbitMQ's management API: ${method} ${route} answered ${response.status}: ${await response.text()}`,
      );
  };
}

function readPasswords(dataDir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(rabbitUsersFile(dataDir), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}
