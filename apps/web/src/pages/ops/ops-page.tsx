// The ops console (admin only, lazily loaded): every process and its instances, the service graph
// with live numbers on each edge, breakers, queues and dead letters, and traces as a waterfall.
// Each panel refreshes itself every few seconds and keeps showing its last answer meanwhile.
import { ops } from '../../api/ops-api.ts';
import { usePolling } from '../../hooks/use-polling.ts';
import { BreakersPanel } from './breakers-panel.tsx';
import { QueuesPanel } from './queues-panel.tsx';
import { ServiceGraph } from './service-graph.tsx';
import { ServicesPanel } from './services-panel.tsx';
import { TracesPanel } from './traces-panel.tsx';
import { refreshMs } from './refresh.ts';
import './ops.css';

/** The /ops page. */
export default function OpsPage() {
  const services = usePolling(() => ops.services(), refreshMs);
  const edges = usePolling(() => ops.edges(), refreshMs);
  return (
    <div class="ops">
      <h1>Operations</h1>
      <p class="muted">Live view of every process; it refreshes every {refreshMs / 1000} seconds.</p>
      <ServicesPanel services={services} />
      <ServiceGraph services={services.data?.items} edges={edges} />
      <BreakersPanel />
      <QueuesPanel />
      <TracesPanel />
    </div>
  );
}
