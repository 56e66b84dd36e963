// The Secrets each process gets, made by kustomize from env files that `npm run k8s -- --secrets`
// fills with fresh random values: they never enter git, and each process has its own.
import { generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';
import { newMetricsToken, newServiceKey, publicKeysOf } from '@bazaar/runner/service-keys';
import type { ProcessDeclaration, SystemDeclaration } from '@bazaar/system';
import {
  brokerSecretOf,
  databaseNameOf,
  databaseSecretOf,
  postgresCluster,
  rabbitmqCluster,
  secretsNameOf,
  serviceIdentitySecret,
  serviceKeySecretOf,
  usesBroker,
} from './names.js';

/** One Secret of one process: its name, its type, and how to make each of its values. */
export interface ProcessSecret {
  readonly name: string;
  readonly type: 'Opaque' | 'kubernetes.io/basic-auth';
  /** The keys in the order the env file lists them, each with a fresh value. */
  readonly values: () => Record<string, string>;
}

/** A random value safe in a URL: 32 bytes as hex. */
function randomHex(): string {
  return randomBytes(32).toString('hex');
}

/** A fresh value for a declared secret key (SIGNING_KEY must be a private Ed25519 JWK). */
export function freshSecretValue(key: string): string {
  if (key !== 'SIGNING_KEY') return randomHex();
  return JSON.stringify(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }));
}

/** A login of a process's own: username, password, and the URL that uses them. */
function login(name: string, url: (password: string) => string): () => Record<string, string> {
  return () => {
    const password = randomHex();
    return { username: name, password, url: url(password) };
  };
}

/** Every Secret of a process: its declared secret keys, its database role, its broker user, its key. */
export function secretsOf(spec: ProcessDeclaration): ProcessSecret[] {
  const declared: ProcessSecret[] =
    spec.secrets.length > 0
      ? [
          {
            name: secretsNameOf(spec.name),
            type: 'Opaque',
            values: () => Object.fromEntries(spec.secrets.map((key) => [key, freshSecretValue(key)])),
          },
        ]
      : [];
  const database: ProcessSecret[] =
    spec.database === 'own'
      ? [
          {
            name: databaseSecretOf(spec.name),
            type: 'kubernetes.io/basic-auth',
            values: login(
              spec.name,
              (password) =>
                `postgres://${spec.name}:${password}@${postgresCluster}-rw:5432/${databaseNameOf(spec.name)}`,
            ),
          },
        ]
      : [];
  const broker: ProcessSecret[] = usesBroker(spec)
    ? [
        {
          name: brokerSecretOf(spec.name),
          type: 'Opaque',
          values: login(spec.name, (password) => `amqp://${spec.name}:${password}@${rabbitmqCluster}:5672`),
        },
      ]
    : [];
  const serviceKey: ProcessSecret = {
    name: serviceKeySecretOf(spec.name),
    type: 'Opaque',
    values: () => ({ SERVICE_KEY: JSON.stringify(newServiceKey(spec.name)) }),
  };
  return [...declared, ...database, ...broker, serviceKey];
}

/**
 * The Secret all processes share, made from their service keys' env files so it always matches
 * them: every public key, and the token scrapers read /metrics with (kept once made).
 */
export function serviceIdentitySecretOf(
  system: SystemDeclaration,
  readEnvFile: (file: string) => Record<string, string> | undefined,
): ProcessSecret {
  return {
    name: serviceIdentitySecret,
    type: 'Opaque',
    values: () => {
      const keys: Record<string, JsonWebKey> = {};
      for (const spec of system.processes) {
        const own = readEnvFile(envFileOf({ name: serviceKeySecretOf(spec.name) }))?.SERVICE_KEY;
        if (own) keys[spec.name] = JSON.parse(own) as JsonWebKey;
      }
      const earlier = readEnvFile(envFileOf({ name: serviceIdentitySecret }))?.METRICS_TOKEN;
      return {
        SERVICE_PUBLIC_KEYS: JSON.stringify(publicKeysOf(keys)),
        METRICS_TOKEN: earlier ?? newMetricsToken(),
      };
    },
  };
}

/** The env file (relative to deploy/k8s) kustomize reads a Secret from. */
export function envFileOf(secret: Pick<ProcessSecret, 'name'>): string {
  return `secrets/${secret.name}.env`;
}

/** The text of an env file: one `KEY=value` line per key. */
export function envFileText(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}=${value}\n`)
    .join('');
}
