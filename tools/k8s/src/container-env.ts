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

/** The variables a process reads from Secrets: its declared secrets, its database and broker URLs. */
export function secretEnvOf(spec: ProcessDeclaration): IEnvVar[] {
  const database =
    spec.database === 'own'
      ? [fromSecret(databaseUrlKeyOf(spec.name), databaseSecretOf(spec.name), 'url')]
      : [];
  const broker = usesBroker(spec) ? [fromSecret('BUS_URL', brokerSecretOf(spec.name), 'url')] : [];
  const declared = spec.secrets.map((key) => fromSecret(key, secretsNameOf(spec.name), key));
  return [...database, ...broker, ...declared];
}

/** Every variable of a process's container beyond its ConfigMap: its pod's name, then its secrets. */
export function containerEnvOf(spec: ProcessDeclaration): IEnvVar[] {
  return [
    { name: 'SERVICE_INSTANCE', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    ...secretEnvOf(spec),
  ];
}
