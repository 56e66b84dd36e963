import { describe, expect, it } from 'vitest';
import { increasesOver, type Snapshot } from './metrics-history.js';

const counter = (value: number, status = '200') => ({
  name: 'http_client_requests_total',
  labels: { callee: 'catalog', status },
  value,
});
const scrape = (startedAt: number, ...samples: ReturnType<typeof counter>[]) => ({
  instance: 'gateway-0',
  service: 'gateway',
  startedAt,
  samples,
});

describe('increasesOver', () => {
  it('measures against the newest scrape at least a window old', () => {
    const history: Snapshot[] = [
      { at: 1000, scrapes: [scrape(0, counter(10))] },
      { at: 1040, scrapes: [scrape(0, counter(30))] },
      { at: 1060, scrapes: [scrape(0, counter(50))] },
      { at: 1100, scrapes: [scrape(0, counter(130), counter(4, '503'))] },
    ];
    const [gateway] = increasesOver(history, 60);
    expect(gateway?.seconds).toBe(60);
    expect(gateway?.increase('http_client_requests_total')).toBe(104);
    expect(gateway?.increase('http_client_requests_total', (labels) => labels.status === '503')).toBe(4);
  });

  it('counts from the process start when it started within the window', () => {
    const history: Snapshot[] = [{ at: 1000, scrapes: [scrape(980, counter(40))] }];
    const [gateway] = increasesOver(history, 60);
    expect(gateway?.seconds).toBe(20);
    expect(gateway?.increase('http_client_requests_total')).toBe(40);
  });

  it('does not subtract a scrape of an earlier run (counters back at 0 after a restart)', () => {
    const history: Snapshot[] = [
      { at: 1000, scrapes: [scrape(0, counter(500))] },
      { at: 1100, scrapes: [scrape(1090, counter(7))] },
    ];
    const [gateway] = increasesOver(history, 60);
    expect(gateway?.increase('http_client_requests_total')).toBe(7);
    expect(gateway?.seconds).toBe(10);
  });
});
