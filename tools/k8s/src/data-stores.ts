// PostgreSQL and RabbitMQ as operator resources: a CloudNativePG Cluster with a role and a
// database per service, and a RabbitmqCluster of three nodes (quorum queues replicate on all of
// them) with a user per process from the messaging topology operator. Each credential comes from
// that process's own Secret, so no process can sign in as another.
import type { ProcessDeclaration, SystemDeclaration } from '@bazaar/system';
import { permissionsOf, topicPermissionsOf } from '@bazaar/runner/rabbitmq-users';
import {
  brokerSecretOf,
  databaseNameOf,
  databaseSecretOf,
  namespace,
  postgresCluster,
  rabbitmqCluster,
  usesBroker,
} from './names.js';

/** The topic exchange every event goes through (the bus's default). */
const eventExchange = 'bazaar.events';

/** An object of a custom resource this package has no typed model for (checked by its tests). */
export interface OperatorResource {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace: string };
  readonly spec: Record<string, unknown>;
}

/** Nodes of each data store: three, so one may fail (or be drained) with no loss. */
export const dataStoreNodes = 3;

/** The CloudNativePG cluster, with one login role per service that owns a database. */
export function postgresClusterOf(owners: readonly ProcessDeclaration[]): OperatorResource {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name: postgresCluster, namespace },
    spec: {
      instances: dataStoreNodes,
      storage: { size: '10Gi' },
      managed: {
        roles: owners.map((spec) => ({
          name: spec.name,
          ensure: 'present',
          login: true,
          passwordSecret: { name: databaseSecretOf(spec.name) },
        })),
      },
    },
  };
}

/** The database a service owns, owned by its role. */
export function databaseOf(spec: ProcessDeclaration): OperatorResource {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Database',
    metadata: { name: `database-${spec.name}`, namespace },
    spec: { name: databaseNameOf(spec.name), owner: spec.name, cluster: { name: postgresCluster } },
  };
}

/** The RabbitMQ cluster; the platform declares its queues as quorum queues. */
export function rabbitmqClusterOf(): OperatorResource {
  return {
    apiVersion: 'rabbitmq.com/v1beta1',
    kind: 'RabbitmqCluster',
    metadata: { name: rabbitmqCluster, namespace },
    spec: {
      replicas: dataStoreNodes,
      persistence: { storage: '10Gi' },
      rabbitmq: {
        additionalConfig: 'cluster_partition_handling = pause_minority\nqueue_leader_locator = balanced\n',
      },
    },
  };
}

/**
 * A process's own RabbitMQ user and its permissions on the default vhost: its own queues and the
 * event exchanges, and on the topic exchange only the event types it owns (the same rules
 * `npm start` sets up, ADR 0030).
 */
export function brokerUserOf(spec: ProcessDeclaration): OperatorResource[] {
  const cluster = { rabbitmqClusterReference: { name: rabbitmqCluster } };
  return [
    {
      apiVersion: 'rabbitmq.com/v1beta1',
      kind: 'User',
      metadata: { name: `user-${spec.name}`, namespace },
      spec: { ...cluster, importCredentialsSecret: { name: brokerSecretOf(spec.name) } },
    },
    {
      apiVersion: 'rabbitmq.com/v1beta1',
      kind: 'Permission',
      metadata: { name: `permission-${spec.name}`, namespace },
      spec: {
        ...cluster,
        vhost: '/',
        userReference: { name: `user-${spec.name}` },
        permissions: permissionsOf(spec, eventExchange),
      },
    },
    {
      apiVersion: 'rabbitmq.com/v1beta1',
      kind: 'TopicPermission',
      metadata: { name: `topic-permission-${spec.name}`, namespace },
      spec: {
        ...cluster,
        vhost: '/',
        userReference: { name: `user-${spec.name}` },
        permissions: topicPermissionsOf(spec, eventExchange),
      },
    },
  ];
}

/** Every data-store object: the PostgreSQL cluster and databases, the RabbitMQ cluster and users. */
export function dataStoresOf(system: SystemDeclaration): OperatorResource[] {
  const owners = system.processes.filter((spec) => spec.database === 'own');
  return [
    postgresClusterOf(owners),
    ...owners.map(databaseOf),
    rabbitmqClusterOf(),
    ...system.processes.filter(usesBroker).flatMap(brokerUserOf),
  ];
}
