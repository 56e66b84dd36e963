import { mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEnv } from 'node:util';
import { bazaar } from '@bazaar/system';
import { documentsOfKind } from './committed-manifests.js';
import { serviceIdentitySecret } from './names.js';
import { envFileOf, secretsOf } from './process-secrets.js';
import { writeMissingSecrets } from './write-manifests.js';

const dir = mkdtempSync(join(tmpdir(), 'bazaar-k8s-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('per-process secrets', () => {
  it('puts each declared secret key in its own process Secret, read by that process only', () => {
    const [kustomization] = documentsOfKind<{ secretGenerator: { name: string }[] }>('Kustomization');
    const generated = new Set(kustomization!.secretGenerator.map((secret) => secret.name));
    const deployments = documentsOfKind<{
      spec: {
        template: {
          spec: {
            containers: { env: { name: string; valueFrom?: { secretKeyRef?: { name: string } } }[] }[];
          };
        };
      };
    }>('Deployment');
    for (const deployment of deployments) {
      const spec = bazaar.process(deployment.metadata!.name!);
      const env = deployment.spec.template.spec.containers[0]!.env;
      const fromSecrets = env.filter((entry) => entry.valueFrom?.secretKeyRef);
      for (const key of spec.secrets)
        expect(
          fromSecrets.map((entry) => entry.name),
          spec.name,
        ).toContain(key);
      for (const entry of fromSecrets) {
        expect(generated.has(entry.valueFrom!.secretKeyRef!.name)).toBe(true);
        const secret = entry.valueFrom!.secretKeyRef!.name;
        if (secret !== serviceIdentitySecret) expect(secret.startsWith(`${spec.name}-`)).toBe(true);
      }
    }
  });

  it('writes fresh env files once, never over existing ones, with a usable signing key', () => {
    const first = writeMissingSecrets(bazaar, dir);
    expect(first).toEqual([
      ...bazaar.processes.flatMap(secretsOf).map(envFileOf),
      envFileOf({ name: serviceIdentitySecret }),
    ]);
    expect(writeMissingSecrets(bazaar, dir)).toEqual([]);
    const identity = parseEnv(readFileSync(join(dir, 'secrets/identity-secrets.env'), 'utf8'));
    expect(JSON.parse(identity.SIGNING_KEY!)).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    const orders = parseEnv(readFileSync(join(dir, 'secrets/orders-database.env'), 'utf8'));
    expect(orders.url).toBe(`postgres://orders:${orders.password}@bazaar-postgres-rw:5432/bazaar_orders`);
    const payments = parseEnv(readFileSync(join(dir, 'secrets/payments-broker.env'), 'utf8'));
    expect(payments.password).not.toBe(orders.password);
  });

  it('gives every process a key of its own and everyone the public keys that match them, kept in step when a key is remade', () => {
    const read = (name: string) => parseEnv(readFileSync(join(dir, `secrets/${name}.env`), 'utf8'));
    const shared = () => read(serviceIdentitySecret);
    const publicKeys = () =>
      JSON.parse(shared().SERVICE_PUBLIC_KEYS!) as Record<string, { x: string; d?: string }>;
    const privateKey = (name: string) =>
      JSON.parse(read(`${name}-service-key`).SERVICE_KEY!) as { x: string; d: string };
    for (const spec of bazaar.processes) {
      expect(publicKeys()[spec.name]).toMatchObject({ x: privateKey(spec.name).x, kid: spec.name });
      expect(publicKeys()[spec.name]?.d).toBeUndefined();
    }
    const token = shared().METRICS_TOKEN;
    expect(token).toMatch(/^[\w-]{32}$/);

    const before = privateKey('cart');
    unlinkSync(join(dir, 'secrets/cart-service-key.env'));
    expect(writeMissingSecrets(bazaar, dir)).toEqual([
      'secrets/cart-service-key.env',
      envFileOf({ name: serviceIdentitySecret }),
    ]);
    expect(privateKey('cart').d).not.toBe(before.d);
    expect(publicKeys().cart?.x).toBe(privateKey('cart').x);
    expect(shared().METRICS_TOKEN).toBe(token);
  });
});
