// NetworkPolicies made from the declared calls: Bazaar's pods may reach nothing and be reached by
// nothing, except each declared call (an ingress policy on the callee, an egress rule on the
// caller), what every pod needs (DNS; the databases and the broker for those that use them) and,
// for the gateway, the ingress controller.
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { INetworkPolicyEgressRule } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyEgressRule';
import type { ProcessDeclaration, SystemDeclaration } from '@bazaar/system';
import {
  containerPort,
  namespace,
  partOfLabel,
  postgresCluster,
  rabbitmqCluster,
  selectorOf,
  usesBroker,
} from './names.js';

/** The label a namespace's name is given by Kubernetes itself. */
const namespaceNameLabel = 'kubernetes.io/metadata.name';

/** The name of the policy that lets `caller` call `callee`. */
export function callPolicyName(caller: string, callee: string): string {
  return `allow-${caller}-to-${callee}`;
}

/** Denies all traffic to and from Bazaar's pods; the policies below open what is declared. */
export function defaultDeny(): NetworkPolicy {
  return new NetworkPolicy({
    metadata: { name: 'default-deny', namespace },
    spec: { podSelector: { matchLabels: partOfLabel }, policyTypes: ['Ingress', 'Egress'] },
  });
}

/** Lets `caller`'s pods reach `callee`'s on its HTTP port (the callee's side of one declared call). */
export function callPolicy(caller: string, callee: string): NetworkPolicy {
  return new NetworkPolicy({
    metadata: { name: callPolicyName(caller, callee), namespace },
    spec: {
      podSelector: { matchLabels: selectorOf(callee) },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [{ podSelector: { matchLabels: selectorOf(caller) } }],
          ports: [{ port: containerPort, protocol: 'TCP' }],
        },
      ],
    },
  });
}

/** Lets the ingress controller (any namespace) reach the gateway, the one public process. */
export function publicIngressPolicy(spec: ProcessDeclaration): NetworkPolicy {
  return new NetworkPolicy({
    metadata: { name: `allow-public-to-${spec.name}`, namespace },
    spec: {
      podSelector: { matchLabels: selectorOf(spec.name) },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: namespaceNameLabel, operator: 'NotIn', values: [namespace] }],
              },
            },
          ],
          ports: [{ port: containerPort, protocol: 'TCP' }],
        },
      ],
    },
  });
}

/** An egress rule to pods of this namespace with these labels, on one TCP port. */
function egressTo(labels: Record<string, string>, port: number): INetworkPolicyEgressRule {
  return { to: [{ podSelector: { matchLabels: labels } }], ports: [{ port, protocol: 'TCP' }] };
}

/** DNS: the cluster's resolver in kube-system, over UDP and TCP. */
const dnsEgress: INetworkPolicyEgressRule = {
  to: [
    {
      namespaceSelector: { matchLabels: { [namespaceNameLabel]: 'kube-system' } },
      podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
    },
  ],
  ports: [
    { port: 53, protocol: 'UDP' },
    { port: 53, protocol: 'TCP' },
  ],
};

/** Where a process's pods may connect: DNS, each process it calls, its database, the broker. */
export function egressPolicyOf(spec: ProcessDeclaration): NetworkPolicy {
  const calls = spec.calls.map((callee) => egressTo(selectorOf(callee), containerPort));
  const database = spec.database === 'own' ? [egressTo({ 'cnpg.io/cluster': postgresCluster }, 5432)] : [];
  const broker = usesBroker(spec) ? [egressTo({ 'app.kubernetes.io/name': rabbitmqCluster }, 5672)] : [];
  return new NetworkPolicy({
    metadata: { name: `egress-of-${spec.name}`, namespace },
    spec: {
      podSelector: { matchLabels: selectorOf(spec.name) },
      policyTypes: ['Egress'],
      egress: [dnsEgress, ...calls, ...database, ...broker],
    },
  });
}

/** Every NetworkPolicy of the system, the default deny first. */
export function networkPoliciesOf(system: SystemDeclaration): NetworkPolicy[] {
  const calls = system.processes.flatMap((spec) => spec.calls.map((callee) => callPolicy(spec.name, callee)));
  const publicIngress = system.processes.filter((spec) => spec.port === 'public').map(publicIngressPolicy);
  return [defaultDeny(), ...system.processes.map(egressPolicyOf), ...calls, ...publicIngress];
}
