// The keys each process proves itself with: one Ed25519 key per declared process, made on the first
// start into <DATA_DIR>/service-keys.json (0600) and a metrics token into <DATA_DIR>/metrics-token.
import { generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every process's private JWK by name, and the token a local Prometheus reads /metrics with. */
export interface ServiceSecrets {
  readonly keys: Readonly<Record<string, JsonWebKey>>;
  readonly metricsToken: string;
}

/** The file holding the service keys. */
export function serviceKeysFile(dataDir: string): string {
  return path.join(dataDir, 'service-keys.json');
}

/** The file holding the metrics token (Prometheus: `authorization.credentials_file`). */
export function metricsTokenFile(dataDir: string): string {
  return path.join(dataDir, 'metrics-token');
}

/** Reads the keys and token of earlier starts, making what is missing (a key per new process too). */
export function ensureServiceSecrets(dataDir: string, names: readonly string[]): ServiceSecrets {
  const keys = readJson<Record<string, JsonWebKey>>(serviceKeysFile(dataDir)) ?? {};
  const missing = names.filter((name) => !keys[name]);
  for (const name of missing) keys[name] = newServiceKey(name);
  if (missing.length > 0) writePrivate(serviceKeysFile(dataDir), JSON.stringify(keys, null, 2));
  let metricsToken = readText(metricsTokenFile(dataDir));
  if (!metricsToken) {
    metricsToken = newMetricsToken();
    writePrivate(metricsTokenFile(dataDir), metricsToken);
  }
  return { keys, metricsToken };
}

/** The environment that gives one process its own key, everyone's public keys and the metrics token. */
export function serviceSecretsEnvironment(secrets: ServiceSecrets, name: string): Record<string, string> {
  const own = secrets.keys[name];
  return {
    ...(own ? { SERVICE_KEY: JSON.stringify(own) } : {}),
    SERVICE_PUBLIC_KEYS: JSON.stringify(publicKeysOf(secrets.keys)),
    METRICS_TOKEN: secrets.metricsToken,
  };
}

/** Every process's public JWK by name: the private keys without their private part. */
export function publicKeysOf(keys: Readonly<Record<string, JsonWebKey>>): Record<string, JsonWebKey> {
  return Object.fromEntries(
    Object.entries(keys).map(([process, { d: _private, ...publicJwk }]) => [process, publicJwk]),
  );
}

/** A fresh private Ed25519 JWK for a process, its `kid` the process's name. */
export function newServiceKey(name: string): JsonWebKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { ...privateKey.export({ format: 'jwk' }), kid: name, alg: 'EdDSA' };
}

/** A fresh random token for scrapers of /metrics. */
export function newMetricsToken(): string {
  return randomBytes(24).toString('base64url');
}

function readJson<T>(file: string): T | undefined {
  const text = readText(file);
  return text ? (JSON.parse(text) as T) : undefined;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function writePrivate(file: string, text: string): void {
  writeFileSync(file, text, { mode: 0o600 });
}
