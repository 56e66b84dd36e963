// What `npm run start:containers` runs, made from the system declaration: a container per replica
// of each process on one podman network, each reached by its own name (nothing assumes loopback),
// with the settings the Kubernetes ConfigMaps give (HOST 0.0.0.0, PORT 8080, the callees' URLs).
import { databaseUrlKeyOf, urlKeyOf, type ProcessDeclaration, type SystemDeclaration } from '@bazaar/system';
import { runDatabaseName } from './run-databases.js';

/** Where the containers' shared engines are, as the containers reach them. */
export interface EngineAddresses {
  /** host:port of PostgreSQL (a relay on the network's gateway). */
  readonly postgres: string;
  /** amqp://user:password@host:port/vhost of RabbitMQ. */
  readonly busUrl: string;
}

/** How to run the system as containers. */
export interface PlanOptions {
  /** Prefix of every container, database and broker vhost of this run (keeps runs apart). */
  readonly prefix: string;
  /** Replicas per process; absent: one. */
  readonly scale: Readonly<Record<string, number>>;
  readonly engines: EngineAddresses;
  /** Extra settings for every container (e.g. fast shipping in tests). */
  readonly env?: Readonly<Record<string, string>>;
}

/** One container to run. */
export interface PlannedContainer {
  readonly process: string;
  readonly name: string;
  readonly image: string;
  readonly env: Readonly<Record<string, string>>;
}

/** The port every container listens on. */
export const containerPort = 8080;

/** The container name of one replica: `<prefix>-<process>-<n>`. */
export function containerNameOf(prefix: string, process: string, replica: number): string {
  return `${prefix}-${process}-${replica}`;
}

/** The base URLs of every replica of a process, comma-separated, as `<NAME>_URL` takes them. */
function urlsOf(options: PlanOptions, process: string): string {
  const replicas = options.scale[process] ?? 1;
  return Array.from(
    { length: replicas },
    (_, index) => `http://${containerNameOf(options.prefix, process, index + 1)}:${containerPort}`,
  ).join(',');
}

/** The settings of a process's containers. */
export function containerEnvOf(spec: ProcessDeclaration, options: PlanOptions): Record<string, string> {
  const callees = Object.fromEntries(spec.calls.map((callee) => [urlKeyOf(callee), urlsOf(options, callee)]));
  const database =
    spec.database === 'own'
      ? {
          [databaseUrlKeyOf(spec.name)]:
            `postgres://postgres@${options.engines.postgres}/${runDatabaseName(options.prefix, spec.name)}`,
        }
      : {};
  return {
    HOST: '0.0.0.0',
    PORT: String(containerPort),
    DATA_DIR: '/data',
    LOG_FORMAT: 'json',
    IDENTITY_URL: urlsOf(options, 'identity'),
    BUS_URL: options.engines.busUrl,
    ...callees,
    ...database,
    ...options.env,
  };
}

/** Every container of the system, in the declaration's order, each replica numbered from 1. */
export function containerPlan(
  system: SystemDeclaration,
  options: PlanOptions,
  image: (process: string) => string,
): PlannedContainer[] {
  return system.processes.flatMap((spec) =>
    Array.from({ length: options.scale[spec.name] ?? 1 }, (_, index) => ({
      process: spec.name,
      name: containerNameOf(options.prefix, spec.name, index + 1),
      image: image(spec.name),
      env: { ...containerEnvOf(spec, options), SERVICE_INSTANCE: `${spec.name}-${index + 1}` },
    })),
  );
}
