// Every file of deploy/k8s/, made from the system declaration: one per process (its ConfigMap,
// Deployment, Service, PodDisruptionBudget and autoscaling), the network policies, the data
// stores, the ingress, the namespace, and the kustomization that ties them (and the Secrets) together.
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { stringify } from 'yaml';
import type { SystemDeclaration } from '@bazaar/system';
import { autoscalingOf } from './autoscaling.js';
import { configMapOf } from './container-env.js';
import { dataStoresOf } from './data-stores.js';
import { namespace, serviceIdentitySecret } from './names.js';
import { networkPoliciesOf } from './network-policies.js';
import { envFileOf, secretsOf } from './process-secrets.js';
import { publicIngressOf } from './public-ingress.js';
import { deploymentOf, disruptionBudgetOf, serviceOf } from './workload.js';

/** An object that becomes one YAML document (a typed model, or a plain custom resource). */
export type ManifestObject = { toJSON(): unknown } | object;

/** The first line of every generated file. */
export const generatedHeader =
  '# Made by `npm run k8s` from system/bazaar.system.ts: edit the declaration, not this file.\n';

/** The objects of each manifest file, by path relative to deploy/k8s. */
export function manifestObjectsOf(system: SystemDeclaration): Map<string, ManifestObject[]> {
  const files = new Map<string, ManifestObject[]>();
  files.set('namespace.yaml', [
    new Namespace({ metadata: { name: namespace, labels: { 'app.kubernetes.io/part-of': 'bazaar' } } }),
  ]);
  files.set('data-stores.yaml', dataStoresOf(system));
  files.set('network-policies.yaml', networkPoliciesOf(system));
  files.set('ingress.yaml', system.processes.filter((spec) => spec.port === 'public').map(publicIngressOf));
  for (const spec of system.processes) {
    files.set(`processes/${spec.name}.yaml`, [
      configMapOf(spec),
      deploymentOf(spec),
      serviceOf(spec),
      disruptionBudgetOf(spec),
      ...autoscalingOf(spec),
    ]);
  }
  return files;
}

/** The kustomization: every file above, each process's Secrets and the shared one, from env files. */
export function kustomizationOf(system: SystemDeclaration, resources: readonly string[]): object {
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    namespace,
    resources,
    generatorOptions: { disableNameSuffixHash: true },
    secretGenerator: [
      ...system.processes.flatMap(secretsOf),
      { name: serviceIdentitySecret, type: 'Opaque' },
    ].map((secret) => ({
      name: secret.name,
      type: secret.type,
      envs: [envFileOf(secret)],
    })),
  };
}

/** Several objects as one YAML stream. */
function yamlStream(objects: readonly ManifestObject[]): string {
  return objects
    .map((object) => stringify(JSON.parse(JSON.stringify(object)), { lineWidth: 0 }))
    .join('---\n');
}

/** The text of every file of deploy/k8s/ (without the Secrets' env files), by relative path. */
export function renderManifests(system: SystemDeclaration): Map<string, string> {
  const objects = manifestObjectsOf(system);
  const texts = new Map([...objects].map(([path, list]) => [path, generatedHeader + yamlStream(list)]));
  texts.set(
    'kustomization.yaml',
    generatedHeader + yamlStream([kustomizationOf(system, [...objects.keys()])]),
  );
  texts.set(
    'secrets/.gitignore',
    '# Real values: made by `npm run k8s -- --secrets`, never committed.\n*.env\n',
  );
  return texts;
}
