import { describe, expect, it } from 'vitest';
import { HandledRecorder, produce } from './messaging-role.js';

describe('a messaging role', () => {
  it('produces each event as its own unit of work, letting other work run between two commits', async () => {
    const log: string[] = [];
    const committed = await produce(async (n) => {
      log.push(`commit ${n}`);
      setImmediate(() => log.push(`other work after ${n}`));
      return 100 + n;
    }, 3);
    expect(committed).toEqual([100, 101, 102]);
    expect(log).toEqual([
      'commit 0',
      'other work after 0',
      'commit 1',
      'other work after 1',
      'commit 2',
      'other work after 2',
    ]);
  });

  it('hands over a round once every event was handled, a redelivery counted once, then starts afresh', async () => {
    const recorder = new HandledRecorder();
    recorder.record(1, 11);
    const round = recorder.expect(2);
    recorder.record(1, 12);
    let settled = false;
    void round.then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    recorder.record(0, 13);
    expect(await round).toEqual([13, 11]);
    recorder.record(0, 20);
    expect(await recorder.expect(1)).toEqual([20]);
  });
});
