// The service graph from the declaration: HTTP edges from `calls`, event edges from who publishes
// each type a queue consumes; nodes on a circle, the gateway first, at the top.
import type { OpsService } from '@bazaar/contracts/gateway';

/** A process placed on the drawing. */
export interface GraphNode {
  name: string;
  x: number;
  y: number;
}

/** A declared dependency: `from` calls `to`, or `to` consumes what `from` publishes. */
export interface GraphEdge {
  from: string;
  to: string;
  kind: 'http' | 'event';
}

/** Every declared edge, each once. */
export function declaredEdges(services: readonly OpsService[]): GraphEdge[] {
  const edges = new Map<string, GraphEdge>();
  const add = (edge: GraphEdge) => edges.set(edgeKey(edge), edge);
  for (const service of services) {
    for (const callee of service.calls) add({ from: service.name, to: callee, kind: 'http' });
    for (const queue of service.consumes) {
      for (const type of queue.types) {
        const publisher = services.find((candidate) => candidate.publishes.includes(type));
        if (publisher) add({ from: publisher.name, to: service.name, kind: 'event' });
      }
    }
  }
  return [...edges.values()];
}

/** The key that joins a declared edge with its live numbers. */
export function edgeKey(edge: Pick<GraphEdge, 'from' | 'to' | 'kind'>): string {
  return `${edge.from}→${edge.to}:${edge.kind}`;
}

/** Places the processes on a circle of `radius` around (`radius` + `margin`, same), the first at the top. */
export function circleLayout(names: readonly string[], radius: number, margin: number): GraphNode[] {
  const centre = radius + margin;
  return names.map((name, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, names.length);
    return { name, x: round(centre + radius * Math.cos(angle)), y: round(centre + radius * Math.sin(angle)) };
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
