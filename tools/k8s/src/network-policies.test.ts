import { describe, expect, it } from 'vitest';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { bazaar } from '@bazaar/system';
import { documentsOfKind } from './committed-manifests.js';
import { containerPort, namespace, postgresCluster, rabbitmqCluster, usesBroker } from './names.js';
import { callPolicyName } from './network-policies.js';
import { mayConnect, type PolicyPod } from './policy-reach.js';

const policies = documentsOfKind<INetworkPolicy>('NetworkPolicy');
const pods = new Map<string, PolicyPod>(
  documentsOfKind<{ spec: { template: { metadata: { labels: Record<string, string> } } } }>('Deployment').map(
    (deployment) => [
      deployment.metadata!.name!,
      { namespace, labels: deployment.spec.template.metadata.labels },
    ],
  ),
);
const pod = (name: string) => pods.get(name)!;
const declaredCalls = bazaar.processes
  .flatMap((spec) => spec.calls.map((callee) => `${spec.name}->${callee}`))
  .sort();
const names = [...pods.keys()];

/** Every ordered pair of processes the policies let connect on the HTTP port. */
function reachablePairs(list: readonly INetworkPolicy[]): string[] {
  return names
    .flatMap((from) =>
      names.filter((to) => mayConnect(list, pod(from), pod(to), containerPort)).map((to) => `${from}->${to}`),
    )
    .sort();
}

describe('network policies', () => {
  it('let exactly the declared calls through between processes, and deny every other pair', () => {
    expect(declaredCalls.length).toBeGreaterThan(10);
    expect(reachablePairs(policies)).toEqual(declaredCalls);
  });

  it('give each declared call its own policy, and no policy to a call not declared', () => {
    const callPolicies = policies
      .map((policy) => policy.metadata!.name!)
      .filter((name) => /^allow-.+-to-.+$/.test(name) && !name.startsWith('allow-public-'));
    const expected = bazaar.processes.flatMap((spec) =>
      spec.calls.map((callee) => callPolicyName(spec.name, callee)),
    );
    expect(callPolicies.sort()).toEqual(expected.sort());
  });

  it('close a call when its policy goes (the check can fail)', () => {
    const [caller, callee] = declaredCalls[0]!.split('->') as [string, string];
    const without = policies.filter((policy) => policy.metadata!.name !== callPolicyName(caller, callee));
    expect(reachablePairs(without)).not.toContain(`${caller}->${callee}`);
  });

  it('let each process reach its own database and the broker only if it uses them, and DNS always', () => {
    const postgres: PolicyPod = { namespace, labels: { 'cnpg.io/cluster': postgresCluster } };
    const broker: PolicyPod = { namespace, labels: { 'app.kubernetes.io/name': rabbitmqCluster } };
    const dns: PolicyPod = { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } };
    for (const spec of bazaar.processes) {
      expect(mayConnect(policies, pod(spec.name), postgres, 5432), spec.name).toBe(spec.database === 'own');
      expect(mayConnect(policies, pod(spec.name), broker, 5672), spec.name).toBe(usesBroker(spec));
      expect(mayConnect(policies, pod(spec.name), dns, 53), spec.name).toBe(true);
      expect(
        mayConnect(policies, pod(spec.name), { namespace: 'elsewhere', labels: {} }, 443),
        spec.name,
      ).toBe(false);
    }
  });

  it('let the ingress controller reach the gateway and nothing else', () => {
    const controller: PolicyPod = {
      namespace: 'ingress-nginx',
      labels: { 'app.kubernetes.io/name': 'ingress-nginx' },
    };
    const reached = names.filter((name) => mayConnect(policies, controller, pod(name), containerPort));
    expect(reached).toEqual(
      bazaar.processes.filter((spec) => spec.port === 'public').map((spec) => spec.name),
    );
  });
});
