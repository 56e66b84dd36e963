// The one way in from outside: an Ingress to the gateway (the store and its public API).
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { ProcessDeclaration } from '@bazaar/system';
import { labelsOf, namespace } from './names.js';

/** The Ingress that routes every path to the public process. */
export function publicIngressOf(spec: ProcessDeclaration): Ingress {
  return new Ingress({
    metadata: { name: spec.name, namespace, labels: labelsOf(spec) },
    spec: {
      rules: [
        {
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: spec.name, port: { name: 'http' } } },
              },
            ],
          },
        },
      ],
    },
  });
}
