// Evaluates NetworkPolicies the way Kubernetes does, for the tests: may a pod with these labels,
// in this namespace, open a connection to that pod on that port? Both the sender's egress and the
// receiver's ingress must allow it once a policy of that direction selects the pod.
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPeer';
import type { INetworkPolicyPort } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPort';
import type { ILabelSelector } from '@kubernetes-models/apimachinery/apis/meta/v1/LabelSelector';

/** A pod as the policies see it: its labels and its namespace's name. */
export interface PolicyPod {
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** Whether a label selector matches a set of labels (an empty selector matches all). */
export function selectorMatches(
  selector: ILabelSelector | undefined,
  labels: Readonly<Record<string, string>>,
): boolean {
  const byLabel = Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpression = (selector?.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    if (operator === 'In') return values.includes(labels[key] ?? '\0');
    if (operator === 'NotIn') return !values.includes(labels[key] ?? '\0');
    if (operator === 'Exists') return key in labels;
    return !(key in labels);
  });
  return byLabel && byExpression;
}

/** Whether a peer of a rule (in the policy's namespace) matches a pod. */
function peerMatches(peer: INetworkPolicyPeer, policyNamespace: string, pod: PolicyPod): boolean {
  const namespaceOk = peer.namespaceSelector
    ? selectorMatches(peer.namespaceSelector, { 'kubernetes.io/metadata.name': pod.namespace })
    : pod.namespace === policyNamespace;
  return namespaceOk && (peer.podSelector ? selectorMatches(peer.podSelector, pod.labels) : true);
}

/** Whether a rule's peers match a pod (no peers: every pod everywhere). */
function peersMatch(
  peers: readonly INetworkPolicyPeer[] | undefined,
  policyNamespace: string,
  pod: PolicyPod,
): boolean {
  return !peers || peers.length === 0 || peers.some((peer) => peerMatches(peer, policyNamespace, pod));
}

/** Whether a rule's ports admit a TCP port (no ports: every port). */
function portMatches(ports: readonly INetworkPolicyPort[] | undefined, port: number): boolean {
  return !ports || ports.some((entry) => entry.port === port && (entry.protocol ?? 'TCP') === 'TCP');
}

/** The policies that select a pod for one direction. */
function policiesFor(policies: readonly INetworkPolicy[], pod: PolicyPod, direction: 'Ingress' | 'Egress') {
  return policies.filter(
    (policy) =>
      policy.metadata?.namespace === pod.namespace &&
      selectorMatches(policy.spec?.podSelector, pod.labels) &&
      (policy.spec?.policyTypes ?? ['Ingress']).includes(direction),
  );
}

/** Whether `from` may connect to `to` on a TCP port under these policies. */
export function mayConnect(
  policies: readonly INetworkPolicy[],
  from: PolicyPod,
  to: PolicyPod,
  port: number,
): boolean {
  const egress = policiesFor(policies, from, 'Egress');
  const ingress = policiesFor(policies, to, 'Ingress');
  const egressOk =
    egress.length === 0 ||
    egress.some((policy) =>
      (policy.spec?.egress ?? []).some(
        (rule) => portMatches(rule.ports, port) && peersMatch(rule.to, policy.metadata!.namespace!, to),
      ),
    );
  const ingressOk =
    ingress.length === 0 ||
    ingress.some((policy) =>
      (policy.spec?.ingress ?? []).some(
        (rule) => portMatches(rule.ports, port) && peersMatch(rule.from, policy.metadata!.namespace!, from),
      ),
    );
  return egressOk && ingressOk;
}
