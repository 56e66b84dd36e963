// Checks a parsed manifest against the schema of its kind: the Kubernetes and KEDA OpenAPI
// schemas that kubernetes-models ships (offline), and the required fields of the operators' kinds.
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Service } from 'kubernetes-models/v1/Service';
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { TriggerAuthentication } from '@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication';

/** A model class: built from a parsed object, it throws from validate() when the object breaks its schema. */
type ModelClass = new (data: never) => { validate(): void };

const models: Record<string, ModelClass> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'networking.k8s.io/v1/Ingress': Ingress,
  'keda.sh/v1alpha1/ScaledObject': ScaledObject,
  'keda.sh/v1alpha1/TriggerAuthentication': TriggerAuthentication,
};

/** The spec fields each operator kind needs (their CRDs are not shipped on npm). */
const operatorRequiredSpec: Record<string, readonly string[]> = {
  'postgresql.cnpg.io/v1/Cluster': ['instances', 'storage'],
  'postgresql.cnpg.io/v1/Database': ['name', 'owner', 'cluster'],
  'rabbitmq.com/v1beta1/RabbitmqCluster': ['replicas'],
  'rabbitmq.com/v1beta1/User': ['rabbitmqClusterReference', 'importCredentialsSecret'],
  'rabbitmq.com/v1beta1/Permission': ['rabbitmqClusterReference', 'vhost', 'userReference', 'permissions'],
  'rabbitmq.com/v1beta1/TopicPermission': [
    'rabbitmqClusterReference',
    'vhost',
    'userReference',
    'permissions',
  ],
};

/** A parsed manifest object, as far as this check reads it. */
export interface ParsedManifest {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string };
  spec?: Record<string, unknown>;
}

/** Throws unless the object is valid for its apiVersion and kind (an unknown kind is a failure too). */
export function assertSchemaValid(object: ParsedManifest): void {
  const kind = `${object.apiVersion}/${object.kind}`;
  const model = models[kind];
  if (model) {
    new model(object as never).validate();
    return;
  }
  const required = operatorRequiredSpec[kind];
  if (!required) throw new Error(`no schema for ${kind}`);
  if (!object.metadata?.name) throw new Error(`${kind} has no metadata.name`);
  const missing = required.filter((field) => object.spec?.[field] === undefined);
  if (missing.length > 0)
    throw new Error(`${kind} ${object.metadata.name} lacks spec.${missing.join(', spec.')}`);
}
