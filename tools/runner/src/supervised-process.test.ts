import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { SupervisedProcess } from './supervised-process.js';

const instance = { name: 'demo', replica: 0, id: 'demo-0', dir: 'demo', port: 1, calls: [] };
const running: SupervisedProcess[] = [];
afterEach(() => Promise.all(running.splice(0).map((supervised) => supervised.stop(100))));

function supervise(script: string) {
  const news: string[] = [];
  const lines: string[] = [];
  const supervised = new SupervisedProcess({
    instance,
    command: [process.execPath, '-e', script],
    cwd: process.cwd(),
    env: process.env,
    backoff: { initialMs: 20, maxMs: 100, resetAfterMs: 10_000 },
    onLine: (line) => lines.push(line),
    onNews: (message) => news.push(message),
    onChange: () => undefined,
  });
  running.push(supervised);
  supervised.start();
  return { supervised, news, lines };
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5_000) throw new Error('condition not met within 5 s');
    await sleep(10);
  }
}

describe('SupervisedProcess', () => {
  it('restarts a child that exits, with a growing delay, and reports each exit', async () => {
    const { supervised, news, lines } = supervise('console.log("up"); process.exit(3)');
    await until(() => supervised.status().restarts >= 2);
    expect(news.slice(0, 4)).toEqual([
      'exited with code 3; restarting in 20 ms',
      'restart #1',
      'exited with code 3; restarting in 40 ms',
      'restart #2',
    ]);
    expect(lines.slice(0, 2)).toEqual(['up', 'up']);
  });

  it('stops a child with SIGTERM and does not restart it', async () => {
    const { supervised } = supervise('setInterval(() => {}, 1000)');
    const pid = supervised.status().pid;
    await supervised.stop(2_000);
    expect(supervised.status()).toMatchObject({ pid: null, phase: 'stopped', restarts: 0 });
    expect(() => process.kill(pid ?? 0, 0)).toThrow();
  });

  it('SIGKILLs a child that ignores SIGTERM once the grace period is over', async () => {
    const script = 'process.on("SIGTERM", () => {}); console.log("ready"); setInterval(() => {}, 1000)';
    const { supervised, news, lines } = supervise(script);
    await until(() => lines.includes('ready'));
    await supervised.stop(200);
    expect(news).toContain('still running after 200 ms: sending SIGKILL');
    expect(supervised.status().phase).toBe('stopped');
  });
});
