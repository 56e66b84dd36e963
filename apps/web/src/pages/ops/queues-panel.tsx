// Every queue (depth, consumers, dead letters) and every outbox backlog, then the parked messages
// with a button to replay each.
import { useState } from 'preact/hooks';
import { ops } from '../../api/ops-api.ts';
import { usePolling } from '../../hooks/use-polling.ts';
import { PanelState } from './panel-state.tsx';
import { ColumnHeads, ScrollTable } from './scroll-table.tsx';
import { refreshMs } from './refresh.ts';

/** The queues table and the dead letters. */
export function QueuesPanel() {
  const queues = usePolling(() => ops.queues(), refreshMs);
  const parked = usePolling(() => ops.deadLetters(), refreshMs);
  const [notice, setNotice] = useState('');
  const replay = async (id: string) => {
    try {
      await ops.replay(id);
      setNotice('Replayed: the message is back on its queue.');
    } catch {
      setNotice('Could not replay that message.');
    }
    parked.refresh();
    queues.refresh();
  };
  const unavailable = queues.data?.unavailable ?? [];
  return (
    <section aria-labelledby="ops-queues">
      <h2 id="ops-queues">Queues</h2>
      <PanelState what="the queues" data={queues.data} error={queues.error} />
      {unavailable.length > 0 && <p class="muted">Not answering: {unavailable.join(', ')}.</p>}
      {queues.data && (
        <ScrollTable label="Queues table">
          <table class="ops-table">
            <caption class="visually-hidden">Queues and outboxes</caption>
            <ColumnHeads names={['Queue', 'Depth', 'Consumers', 'Dead letters']} />
            <tbody>
              {queues.data.items.map((queue) => (
                <tr key={queue.name} class={queue.deadLetters > 0 ? 'attention' : ''}>
                  <th scope="row">{queue.name}</th>
                  <td>{queue.outboxBacklog === undefined ? queue.depth : `${queue.outboxBacklog} unsent`}</td>
                  <td>{queue.outboxBacklog === undefined ? queue.consumers : `${queue.consumers} relays`}</td>
                  <td>{queue.outboxBacklog === undefined ? queue.deadLetters : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <h3>Dead letters</h3>
      <p class="notice" role="status" aria-live="polite">
        {notice}
      </p>
      <PanelState what="the dead letters" data={parked.data} error={parked.error} />
      {parked.data && parked.data.items.length === 0 && <p class="muted">No parked messages.</p>}
      {parked.data && parked.data.items.length > 0 && (
        <ul class="parked" aria-label="Dead letters">
          {parked.data.items.map((letter) => (
            <li key={letter.id}>
              <div>
                <strong>{letter.type}</strong> on {letter.queue}{' '}
                <span class="muted">after {letter.attempts} attempts</span>
                <div class="muted error-text">{letter.error}</div>
              </div>
              <button type="button" class="button secondary small" onClick={() => void replay(letter.id)}>
                Replay
                <span class="visually-hidden">
                  {' '}
                  {letter.type} on {letter.queue}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
