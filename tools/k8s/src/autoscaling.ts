// How each process scales, as the declaration says: a KEDA ScaledObject on the depth of its own
// queues when it scales on queue depth (with CPU as a further trigger when it also takes
// requests), else a HorizontalPodAutoscaler on CPU. Never both: KEDA owns the HPA it makes.
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { TriggerAuthentication } from '@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication';
import type { IScaleTriggers } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaleTriggers';
import type { ProcessDeclaration } from '@bazaar/system';
import { brokerSecretOf, labelsOf, namespace } from './names.js';
import { baseReplicasOf } from './workload.js';

/** The most replicas any process scales out to. */
export const maxReplicas = 10;

/** Average CPU use (of the request) above which a process scales out. */
export const cpuTargetPercent = 70;

/** Ready messages per replica above which a consumer scales out. */
export const messagesPerReplica = 20;

/** The queues a process's replica count follows (its `queue-depth` signals). */
export function scalingQueuesOf(spec: ProcessDeclaration): string[] {
  return spec.scaling.scalesOn.flatMap((signal) => (signal.on === 'queue-depth' ? [signal.queue] : []));
}

/** Whether a process also scales on the work its requests cost (CPU, or request rate read as CPU). */
function scalesOnRequestWork(spec: ProcessDeclaration): boolean {
  return spec.scaling.scalesOn.some((signal) => signal.on === 'cpu' || signal.on === 'request-rate');
}

/** The KEDA TriggerAuthentication that lets the rabbitmq scaler read a process's queues as that process. */
export function triggerAuthenticationOf(spec: ProcessDeclaration): TriggerAuthentication {
  return new TriggerAuthentication({
    metadata: { name: `${spec.name}-rabbitmq`, namespace, labels: labelsOf(spec) },
    spec: { secretTargetRef: [{ parameter: 'host', name: brokerSecretOf(spec.name), key: 'url' }] },
  });
}

/** The KEDA ScaledObject of a consumer: one rabbitmq trigger per declared queue, plus CPU if it serves requests. */
export function scaledObjectOf(spec: ProcessDeclaration): ScaledObject {
  const queueTriggers: IScaleTriggers[] = scalingQueuesOf(spec).map((queue) => ({
    type: 'rabbitmq',
    name: queue,
    metadata: { protocol: 'amqp', queueName: queue, mode: 'QueueLength', value: String(messagesPerReplica) },
    authenticationRef: { name: triggerAuthenticationOf(spec).metadata!.name! },
  }));
  const cpuTrigger: IScaleTriggers[] = scalesOnRequestWork(spec)
    ? [{ type: 'cpu', metricType: 'Utilization', metadata: { value: String(cpuTargetPercent) } }]
    : [];
  return new ScaledObject({
    metadata: { name: spec.name, namespace, labels: labelsOf(spec) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: spec.name },
      minReplicaCount: baseReplicasOf(spec),
      maxReplicaCount: maxReplicas,
      pollingInterval: 15,
      cooldownPeriod: 120,
      triggers: [...queueTriggers, ...cpuTrigger],
    },
  });
}

/** The HorizontalPodAutoscaler of a request-driven process: average CPU use of its requests. */
export function cpuAutoscalerOf(spec: ProcessDeclaration): HorizontalPodAutoscaler {
  return new HorizontalPodAutoscaler({
    metadata: { name: spec.name, namespace, labels: labelsOf(spec) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: spec.name },
      minReplicas: baseReplicasOf(spec),
      maxReplicas,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpuTargetPercent } },
        },
      ],
    },
  });
}

/** The autoscaling objects of a process; none for a process that runs one replica. */
export function autoscalingOf(
  spec: ProcessDeclaration,
): (HorizontalPodAutoscaler | ScaledObject | TriggerAuthentication)[] {
  if (spec.scaling.replicas === 'one') return [];
  if (scalingQueuesOf(spec).length > 0) return [triggerAuthenticationOf(spec), scaledObjectOf(spec)];
  return [cpuAutoscalerOf(spec)];
}
