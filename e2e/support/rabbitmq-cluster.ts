// A RabbitMQ cluster of its own for a test: three nodes of this machine's RabbitMQ, each with its
// own node name, AMQP and distribution ports and data folder under a temporary directory, joined
// into one cluster. A node can be killed with SIGKILL and started again on its data, as a crashed
// host comes back. Nothing here touches the machine's own RabbitMQ.
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eventually } from './eventually.js';
import { findFreePort } from './ports.js';

const run = promisify(execFile);
const rabbitBin = '/usr/lib/rabbitmq/bin';

/** One node of a test cluster. */
export interface ClusterNode {
  /** The Erlang node name, e.g. `bz1-1a2b3c@localhost`. */
  readonly name: string;
  /** Its AMQP URL (guest, which this machine allows from loopback). */
  readonly url: string;
  readonly amqpPort: number;
  /** Its management API with an administrator's credentials (what `npm start` makes users through). */
  readonly adminUrl: string;
}

/** A running test cluster. */
export interface RabbitCluster {
  readonly nodes: readonly ClusterNode[];
  /** Every node's URL, comma-separated, as BUS_URL takes them. */
  readonly busUrl: string;
  /** The first node's management API, as BUS_ADMIN_URL takes it. */
  readonly adminUrl: string;
  /** Kills a node's Erlang VM with SIGKILL (no clean shutdown: its sockets simply close). */
  kill(node: ClusterNode): Promise<void>;
  /** Starts a killed node again on its own data; resolves once it runs and is back in the cluster. */
  restart(node: ClusterNode): Promise<void>;
  /** `rabbitmqctl` against a node, e.g. `['list_queues', 'name', 'members']`; resolves with its output. */
  ctl(node: ClusterNode, args: readonly string[]): Promise<string>;
  /** The names of the cluster's nodes that run now, as a live node sees them. */
  runningNodes(asSeenBy: ClusterNode): Promise<string[]>;
  /** Stops every node and removes their data. */
  remove(): Promise<void>;
}

interface NodePlace extends ClusterNode {
  readonly distPort: number;
  readonly managementPort: number;
  readonly dir: string;
}

/** Starts `size` nodes and joins them into one cluster (the first node is the seed). */
export async function startRabbitCluster(size = 3): Promise<RabbitCluster> {
  const root = await mkdtemp(path.join(tmpdir(), 'bazaar-rabbit-cluster-'));
  // One HOME for every node and for rabbitmqctl: the same Erlang cookie lets them talk.
  await writeFile(path.join(root, 'plugins'), '[rabbitmq_management].\n');
  const tag = randomUUID().slice(0, 6);
  const nodes: NodePlace[] = [];
  for (let index = 1; index <= size; index += 1) {
    const amqpPort = await findFreePort();
    const distPort = await findFreePort();
    const managementPort = await findFreePort();
    const dir = path.join(root, `node-${index}`);
    nodes.push({
      name: `bz${index}-${tag}@localhost`,
      url: `amqp://guest:guest@127.0.0.1:${amqpPort}`,
      adminUrl: `http://guest:guest@127.0.0.1:${managementPort}`,
      amqpPort,
      managementPort,
      distPort,
      dir,
    });
  }
  const ctl = async (node: ClusterNode, args: readonly string[]) =>
    (
      await run(`${rabbitBin}/rabbitmqctl`, ['-q', '-n', node.name, ...args], {
        env: { ...process.env, HOME: root },
      })
    ).stdout;
  const pidOf = async (node: NodePlace) =>
    Number((await readFile(path.join(node.dir, 'pid'), 'utf8')).trim());
  const boot = async (node: NodePlace) => {
    await mkdir(node.dir, { recursive: true });
    await writeFile(
      `${node.dir}.conf`,
      [
        `listeners.tcp.1 = 127.0.0.1:${node.amqpPort}`,
        `management.tcp.ip = 127.0.0.1`,
        `management.tcp.port = ${node.managementPort}`,
        'loopback_users = none',
        '',
      ].join('\n'),
    );
    const child = spawn(`${rabbitBin}/rabbitmq-server`, [], {
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        HOME: root,
        RABBITMQ_NODENAME: node.name,
        RABBITMQ_CONFIG_FILE: `${node.dir}.conf`,
        RABBITMQ_DIST_PORT: String(node.distPort),
        RABBITMQ_MNESIA_BASE: path.join(node.dir, 'mnesia'),
        RABBITMQ_LOG_BASE: path.join(node.dir, 'log'),
        RABBITMQ_PID_FILE: path.join(node.dir, 'pid'),
        RABBITMQ_ENABLED_PLUGINS_FILE: path.join(root, 'plugins'),
      },
    });
    child.unref();
    // the node registers with epmd a moment after it starts: until then rabbitmqctl cannot reach it
    await eventually(
      () =>
        ctl(node, ['await_startup', '--timeout', '10']).then(
          () => true,
          () => false,
        ),
      {
        timeoutMs: 90_000,
        intervalMs: 500,
        what: `RabbitMQ node ${node.name} started (its log: ${path.join(node.dir, 'log')})`,
      },
    );
  };

  const [seed, ...others] = nodes;
  if (!seed) throw new Error('a cluster needs at least one node');
  await boot(seed);
  for (const node of others) {
    await boot(node);
    await ctl(node, ['stop_app']);
    await ctl(node, ['join_cluster', seed.name]);
    await ctl(node, ['start_app']);
  }
  const runningNodes = async (asSeenBy: ClusterNode) => {
    const status = JSON.parse(await ctl(asSeenBy, ['cluster_status', '--formatter', 'json'])) as {
      running_nodes: string[];
    };
    return status.running_nodes;
  };
  await eventually(async () => (await runningNodes(seed)).length === size, {
    timeoutMs: 60_000,
    what: `${size} RabbitMQ nodes running as one cluster`,
  });

  return {
    nodes,
    busUrl: nodes.map((node) => node.url).join(','),
    adminUrl: seed.adminUrl,
    kill: async (node) => {
      process.kill(await pidOf(node as NodePlace), 'SIGKILL');
      const survivor = nodes.find((other) => other !== node) ?? seed;
      await eventually(async () => !(await runningNodes(survivor)).includes(node.name), {
        timeoutMs: 30_000,
        what: `${node.name} seen down by ${survivor.name}`,
      });
    },
    restart: async (node) => {
      await boot(node as NodePlace);
      await eventually(async () => (await runningNodes(node)).length === size, {
        timeoutMs: 60_000,
        what: `${node.name} back in the cluster`,
      });
    },
    ctl,
    runningNodes,
    remove: async () => {
      for (const node of nodes) {
        try {
          process.kill(await pidOf(node), 'SIGKILL');
        } catch {
          // already gone
        }
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}
