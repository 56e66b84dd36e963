import { describe, expect, it } from 'vitest';
import type { IScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { bazaar } from '@bazaar/system';
import { documentsOfKind } from './committed-manifests.js';
import { scalingQueuesOf } from './autoscaling.js';

const scaledObjects = documentsOfKind<IScaledObject>('ScaledObject');
const autoscalers = documentsOfKind<IHorizontalPodAutoscaler>('HorizontalPodAutoscaler');

describe('autoscaling', () => {
  it('gives every consumer that scales on queue depth a ScaledObject on its own declared queues', () => {
    const consumers = bazaar.processes.filter((spec) => scalingQueuesOf(spec).length > 0);
    expect(consumers.length).toBeGreaterThan(3);
    expect(scaledObjects.map((object) => object.spec!.scaleTargetRef.name).sort()).toEqual(
      consumers.map((spec) => spec.name).sort(),
    );
    for (const spec of consumers) {
      const object = scaledObjects.find((candidate) => candidate.spec!.scaleTargetRef.name === spec.name)!;
      const queues = object
        .spec!.triggers.filter((trigger) => trigger.type === 'rabbitmq')
        .map((trigger) => trigger.metadata.queueName);
      expect(queues, spec.name).toEqual(scalingQueuesOf(spec));
      const own = spec.consumes.map((queue) => queue.queue);
      for (const queue of queues) expect(own, `${spec.name} scales on ${queue}`).toContain(queue);
    }
  });

  it('scales every other process that may run many replicas on CPU, and nothing twice', () => {
    const targets = [
      ...scaledObjects.map((object) => object.spec!.scaleTargetRef.name),
      ...autoscalers.map((hpa) => hpa.spec!.scaleTargetRef.name),
    ];
    expect(new Set(targets).size).toBe(targets.length);
    const many = bazaar.processes.filter((spec) => spec.scaling.replicas === 'many').map((spec) => spec.name);
    expect(targets.sort()).toEqual(many.sort());
    for (const hpa of autoscalers) expect(hpa.spec!.metrics?.[0]?.resource?.name).toBe('cpu');
  });
});
