// A process's Deployment, Service and PodDisruptionBudget: probes, resources, a locked-down
// security context, and replicas spread across nodes and zones.
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Service } from 'kubernetes-models/v1/Service';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IProbe } from 'kubernetes-models/v1/Probe';
import type { ITopologySpreadConstraint } from 'kubernetes-models/v1/TopologySpreadConstraint';
import type { ProcessDeclaration } from '@bazaar/system';
import { configMapOf, containerEnvOf, dataDir } from './container-env.js';
import { containerPort, imageOf, labelsOf, namespace, selectorOf } from './names.js';

/** The uid and gid of the `node` user the images run as. */
export const runAsUser = 1000;

/** Replicas a process starts with: two of anything that may run many (one per node), else one. */
export function baseReplicasOf(spec: ProcessDeclaration): number {
  return spec.scaling.replicas === 'many' ? 2 : 1;
}

/** An HTTP GET probe on one of the platform's health routes. */
function healthProbe(path: string, failureThreshold: number): IProbe {
  return { httpGet: { path, port: 'http' }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold };
}

/** Spreads a process's replicas over one topology key (hostname, zone) without blocking scheduling. */
function spreadOver(topologyKey: string, spec: ProcessDeclaration): ITopologySpreadConstraint {
  return {
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable: 'ScheduleAnyway',
    labelSelector: { matchLabels: selectorOf(spec.name) },
  };
}

/** The Deployment of one process. */
export function deploymentOf(spec: ProcessDeclaration): Deployment {
  return new Deployment({
    metadata: { name: spec.name, namespace, labels: labelsOf(spec) },
    spec: {
      replicas: baseReplicasOf(spec),
      selector: { matchLabels: selectorOf(spec.name) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labelsOf(spec) },
        spec: {
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: 20,
          securityContext: {
            runAsNonRoot: true,
            runAsUser,
            runAsGroup: runAsUser,
            fsGroup: runAsUser,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          topologySpreadConstraints: [
            spreadOver('kubernetes.io/hostname', spec),
            spreadOver('topology.kubernetes.io/zone', spec),
          ],
          containers: [
            {
              name: spec.name,
              image: imageOf(spec.name),
              imagePullPolicy: 'IfNotPresent',
              ports: [{ name: 'http', containerPort, protocol: 'TCP' }],
              envFrom: [{ configMapRef: { name: configMapOf(spec).metadata!.name! } }],
              env: containerEnvOf(spec),
              startupProbe: healthProbe('/health/live', 30),
              livenessProbe: healthProbe('/health/live', 3),
              readinessProbe: healthProbe('/health/ready', 2),
              resources: {
                requests: { cpu: '100m', memory: '128Mi' },
                limits: { cpu: '1', memory: '384Mi' },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: [
                { name: 'data', mountPath: dataDir },
                { name: 'tmp', mountPath: '/tmp' },
              ],
            },
          ],
          volumes: [
            { name: 'data', emptyDir: { sizeLimit: '256Mi' } },
            { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
          ],
        },
      },
    },
  });
}

/** The Service in front of a process: port 80 in the cluster, the container's port behind it. */
export function serviceOf(spec: ProcessDeclaration): Service {
  return new Service({
    metadata: { name: spec.name, namespace, labels: labelsOf(spec) },
    spec: {
      type: 'ClusterIP',
      selector: selectorOf(spec.name),
      ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }],
    },
  });
}

/** Keeps at least one replica of a process up through voluntary disruptions (node drains). */
export function disruptionBudgetOf(spec: ProcessDeclaration): PodDisruptionBudget {
  return new PodDisruptionBudget({
    metadata: { name: spec.name, namespace, labels: labelsOf(spec) },
    spec: { selector: { matchLabels: selectorOf(spec.name) }, maxUnavailable: 1 },
  });
}
