// What a process's container is told: a ConfigMap of plain settings, and its secrets by reference.
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import { databaseUrlKeyOf, urlKeyOf, type ProcessDeclaration } from '@bazaar/system';
import {
  brokerSecretOf,
  containerPort,
  databaseSecretOf,
  labelsOf,
  namespace,
  secretsNameOf,
  serviceIdentitySecret,
  serviceKeySecretOf,
  usesBroker,
} from './names.js';

/** The folder each container may write to (an emptyDir): DATA_DIR. */
export const dataDir = '/data';

/** The plain settings of a process: where it listens, where its callees are, how it logs. */
export function configMapOf(spec: ProcessDeclaration): ConfigMap {
  const callees = Object.fromEntries(spec.calls.map((callee) => [urlKeyOf(callee), `http://${callee}`]));
  return new ConfigMap({
    metadata: { name: `${spec.name}-config`, namespace, labels: labelsOf(spec) },
    data: {
      HOST: '0.0.0.0',
      PORT: String(containerPort),
      DATA_DIR: dataDir,
      LOG_FORMAT: 'json',
      IDENTITY_URL: 'http://identity',
      ...callees,
    },
  });
}

/** One environment variable read from a key of a Secret. */
function fromSecret(name: string, secret: string, key: string): IEnvVar {
  return { name, valueFrom: { secretKeyRef: { name: secret, key } } };
}

/** The variables a process proves itself and checks others with: its own key, everyone's public keys. */
function serviceIdentityEnvOf(spec: ProcessDeclaration): IEnvVar[] {
  return [
    fromSecret('SERVICE_KEY', serviceKeySecretOf(spec.name), 'SERVICE_KEY'),
    fromSecret('SERVICE_PUBLIC_KEYS', serviceIdentitySecret, 'SERVICE_PUBLIC_KEYS'),
    fromSecret('METRICS_TOKEN', serviceIdentitySecret, 'METRICS_TOKEN'),
  ];
}

/**
 * The variables a process reads from Secrets: its database and broker URLs, its declared secrets,
 * its service key and the public keys and metrics token all processes share.
 */
export function secretEnvOf(spec: ProcessDeclaration): IEnvVar[] {
  const database =
    spec.database === 'own'
      ? [fromSecret(databaseUrlKeyOf(spec.name), databaseSecretOf(spec.name), 'url')]
      : [];
  const broker = usesBroker(spec) ? [fromSecret('BUS_URL', brokerSecretOf(spec.name), 'url')] : [];
  const declared = spec.secrets.map((key) => fromSecret(key, secretsNameOf(spec.name), key));
  return [...database, ...broker, ...declared, ...serviceIdentityEnvOf(spec)];
}

/** Every variable of a process's container beyond its ConfigMap: its pod's name, then its secrets. */
export function containerEnvOf(spec: ProcessDeclaration): IEnvVar[] {
  return [
    { name: 'SERVICE_INSTANCE', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    ...secretEnvOf(spec),
  ];
}
