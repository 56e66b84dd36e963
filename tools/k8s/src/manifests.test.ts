import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bazaar } from '@bazaar/system';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { committedDir, committedDocuments, documentsOfKind } from './committed-manifests.js';
import { assertSchemaValid } from './manifest-schemas.js';
import { renderManifests } from './manifests.js';

describe('deploy/k8s', () => {
  it('is what `npm run k8s` makes from the declaration now (run it and commit the result)', () => {
    const rendered = renderManifests(bazaar);
    for (const [path, text] of rendered) {
      expect(existsSync(join(committedDir, path)), `${path} is missing`).toBe(true);
      expect(readFileSync(join(committedDir, path), 'utf8'), `${path} differs`).toBe(text);
    }
    const committedProcesses = readdirSync(join(committedDir, 'processes')).map(
      (file) => `processes/${file}`,
    );
    expect(committedProcesses.filter((path) => !rendered.has(path))).toEqual([]);
  });

  it('holds only documents valid against the Kubernetes, KEDA and operator schemas', () => {
    const documents = committedDocuments().filter((document) => document.kind !== 'Kustomization');
    expect(documents.length).toBeGreaterThan(50);
    for (const document of documents)
      expect(
        () => assertSchemaValid(document),
        `${document.file}: ${document.kind} ${document.metadata?.name}`,
      ).not.toThrow();
  });

  it('rejects an object that breaks its schema, and a kind it has no schema for', () => {
    const [deployment] = documentsOfKind<IDeployment>('Deployment');
    const broken = structuredClone(deployment!);
    (broken.spec!.template.spec!.containers[0] as { name: unknown }).name = 42;
    expect(() => assertSchemaValid(broken)).toThrow(/name/);
    expect(() => assertSchemaValid({ apiVersion: 'example.com/v1', kind: 'Widget' })).toThrow(/no schema/);
  });

  it('gives every process a Deployment with probes, limits and a locked-down security context', () => {
    const deployments = documentsOfKind<IDeployment>('Deployment');
    expect(deployments.map((document) => document.metadata?.name).sort()).toEqual(
      bazaar.processes.map((spec) => spec.name).sort(),
    );
    for (const deployment of deployments) {
      const pod = deployment.spec!.template.spec!;
      expect(pod.securityContext?.runAsNonRoot).toBe(true);
      const [container] = pod.containers;
      expect(
        container?.readinessProbe && container.livenessProbe && container.resources?.limits,
      ).toBeTruthy();
      expect(container?.securityContext?.readOnlyRootFilesystem).toBe(true);
      expect(container?.securityContext?.capabilities?.drop).toEqual(['ALL']);
    }
  });
});
