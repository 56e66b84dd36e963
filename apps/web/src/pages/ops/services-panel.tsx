// Every process with its instances: status, version, uptime, pid, and a stop or start button.
import { useState } from 'preact/hooks';
import type { OpsInstance, OpsService } from '@bazaar/contracts/gateway';
import { ApiError } from '../../api/api-error.ts';
import { ops } from '../../api/ops-api.ts';
import { formatUptime } from '../../format/ops-numbers.ts';
import type { Polled } from '../../hooks/use-polling.ts';
import { PanelState } from './panel-state.tsx';
import { ColumnHeads, ScrollTable } from './scroll-table.tsx';

const statusLabels = { ready: 'Ready', starting: 'Starting', down: 'Down' } as const;

/** The services table. */
export function ServicesPanel({ services }: { services: Polled<{ items: OpsService[] }> }) {
  const [notice, setNotice] = useState('');
  const act = async (instance: string, action: 'stop' | 'start') => {
    try {
      await (action === 'stop' ? ops.stop(instance) : ops.start(instance));
      setNotice(`${action === 'stop' ? 'Stopping' : 'Starting'} ${instance}…`);
    } catch (error) {
      const why =
        error instanceof ApiError && error.code === 'NOT_SUPPORTED'
          ? 'only the local runner can do that'
          : error instanceof ApiError
            ? error.message
            : 'no answer';
      setNotice(`Could not ${action} ${instance}: ${why}`);
    }
    services.refresh();
  };
  return (
    <section aria-labelledby="ops-services">
      <h2 id="ops-services">Services</h2>
      <p class="notice" role="status" aria-live="polite">
        {notice}
      </p>
      <PanelState what="the services" data={services.data} error={services.error} />
      {services.data && (
        <ScrollTable label="Services table">
          <table class="ops-table">
            <caption class="visually-hidden">Every service and its instances</caption>
            <ColumnHeads names={['Instance', 'Status', 'Version', 'Uptime', 'PID', 'Action']} />
            {services.data.items.map((service) => (
              <tbody key={service.name}>
                <tr class="group">
                  <th scope="rowgroup" colSpan={6}>
                    {service.name} <span class="muted">({service.kind})</span>
                  </th>
                </tr>
                {service.instances.map((instance) => (
                  <InstanceRow key={instance.id} instance={instance} onAction={act} />
                ))}
              </tbody>
            ))}
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

function InstanceRow({
  instance,
  onAction,
}: {
  instance: OpsInstance;
  onAction: (id: string, action: 'stop' | 'start') => void;
}) {
  const action = instance.status === 'down' ? 'start' : 'stop';
  return (
    <tr>
      <th scope="row">{instance.id}</th>
      <td>
        <span class={`badge badge-${instance.status}`}>{statusLabels[instance.status]}</span>
      </td>
      <td>{instance.version}</td>
      <td>{instance.status === 'down' ? '—' : formatUptime(instance.uptimeSeconds)}</td>
      <td>{instance.pid ?? '—'}</td>
      <td>
        <button type="button" class="button secondary small" onClick={() => onAction(instance.id, action)}>
          {action === 'stop' ? 'Stop' : 'Start'}
          <span class="visually-hidden"> {instance.id}</span>
        </button>
      </td>
    </tr>
  );
}
