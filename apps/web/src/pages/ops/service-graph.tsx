// The service graph from the declaration, drawn by hand in SVG: solid lines are HTTP calls, dashed
// ones events; a line is thicker with more traffic and red with errors. The table under it gives
// every edge's rate, error ratio and p99, for reading and for screen readers.
import type { OpsService } from '@bazaar/contracts/gateway';
import type { OpsEdge } from '../../api/ops-api.ts';
import { formatMs, formatRate, formatRatio } from '../../format/ops-numbers.ts';
import type { Polled } from '../../hooks/use-polling.ts';
import { circleLayout, declaredEdges, edgeKey, type GraphEdge, type GraphNode } from './graph-layout.ts';
import { PanelState } from './panel-state.tsx';
import { ColumnHeads, ScrollTable } from './scroll-table.tsx';

const radius = 170;
const margin = 60;
const size = 2 * (radius + margin);

/** The graph and its edge table. */
export function ServiceGraph({
  services,
  edges,
}: {
  services: OpsService[] | undefined;
  edges: Polled<{ items: OpsEdge[] }>;
}) {
  if (!services) return null;
  const nodes = circleLayout(
    services.map((service) => service.name),
    radius,
    margin,
  );
  const live = new Map((edges.data?.items ?? []).map((edge) => [edgeKey(edge), edge]));
  const declared = declaredEdges(services);
  const downNames = new Set(
    services.filter((s) => s.instances.every((i) => i.status !== 'ready')).map((s) => s.name),
  );
  return (
    <section aria-labelledby="ops-graph">
      <h2 id="ops-graph">Service graph</h2>
      <svg
        class="graph"
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={`Service graph: ${services.length} processes, ${declared.length} declared edges`}
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#64748b" />
          </marker>
        </defs>
        {declared.map((edge) => (
          <EdgeLine key={edgeKey(edge)} edge={edge} nodes={nodes} live={live.get(edgeKey(edge))} />
        ))}
        {nodes.map((node) => (
          <g key={node.name} class={downNames.has(node.name) ? 'node node-down' : 'node'}>
            <circle cx={node.x} cy={node.y} r="26" />
            <text x={node.x} y={node.y + 42} text-anchor="middle">
              {node.name}
            </text>
          </g>
        ))}
      </svg>
      <PanelState what="the edge numbers" data={edges.data} error={edges.error} />
      <EdgeTable declared={declared} live={live} />
    </section>
  );
}

function EdgeLine({ edge, nodes, live }: { edge: GraphEdge; nodes: GraphNode[]; live: OpsEdge | undefined }) {
  const from = nodes.find((node) => node.name === edge.from);
  const to = nodes.find((node) => node.name === edge.to);
  if (!from || !to) return null;
  // stop the line at the callee's circle so the arrow head shows
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const end = { x: to.x - ((to.x - from.x) / length) * 28, y: to.y - ((to.y - from.y) / length) * 28 };
  const width = live ? Math.min(6, 1 + Math.log10(1 + live.ratePerSecond * 10)) : 1;
  const failing = live !== undefined && live.errorRatio > 0.01;
  return (
    <line
      x1={from.x}
      y1={from.y}
      x2={end.x}
      y2={end.y}
      class={`edge edge-${edge.kind}${failing ? ' edge-failing' : ''}`}
      stroke-width={width}
      marker-end="url(#arrow)"
    />
  );
}

function EdgeTable({ declared, live }: { declared: GraphEdge[]; live: Map<string, OpsEdge> }) {
  const rows = [...declared].sort(
    (a, b) => (live.get(edgeKey(b))?.ratePerSecond ?? 0) - (live.get(edgeKey(a))?.ratePerSecond ?? 0),
  );
  return (
    <ScrollTable label="Edges table">
      <table class="ops-table">
        <caption>Edges over the last minute</caption>
        <ColumnHeads names={['Edge', 'Kind', 'Rate', 'Errors', 'p99']} />
        <tbody>
          {rows.map((edge) => {
            const numbers = live.get(edgeKey(edge));
            return (
              <tr key={edgeKey(edge)}>
                <th scope="row">
                  {edge.from} → {edge.to}
                </th>
                <td>{edge.kind === 'http' ? 'HTTP' : 'event'}</td>
                <td>{numbers ? formatRate(numbers.ratePerSecond) : '—'}</td>
                <td>{numbers ? formatRatio(numbers.errorRatio) : '—'}</td>
                <td>{numbers && numbers.p99Ms !== null ? formatMs(numbers.p99Ms) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
