// A whole run against a stub gateway over real HTTP. Open loop is shown by construction: the stub
// answers no product page until every arrival has reached it, which a closed loop never would.
import { afterEach, describe, expect, it } from 'vitest';
import { parseLoadArgs } from './load-options.js';
import { runLoad } from './load-run.js';
import { startStubGateway, type StubGateway } from './testing/stub-gateway.js';

describe('a load run', () => {
  let stub: StubGateway;
  const lines: string[] = [];
  const output = { progress: (line: string) => lines.push(line) };
  afterEach(() => stub.close());

  it('sends every arrival while earlier ones are unanswered, and measures from the scheduled time', async () => {
    stub = await startStubGateway({ holdProductPages: true });
    const release = setInterval(() => stub.heldCount() === 10 && stub.releaseHeld(), 5);
    const options = parseLoadArgs(
      ['--target', stub.url.href, '--rate', '10', '--duration', '1', '--mix', 'product=1'],
      {},
    );
    const report = await runLoad(options, output).finally(() => clearInterval(release));
    expect([report.scheduled, report.completed, report.abandoned]).toEqual([10, 10, 0]);
    expect(report.steps.product?.routes).toEqual({ 'GET /api/products/:id': 10 });
    // the first arrival waited for the tenth, scheduled 900 ms after it
    expect(report.steps.product?.latencyMs.max).toBeGreaterThanOrEqual(850);
  });

  it('reports the setup apart, learns carts and orders, and counts every route it sent', async () => {
    stub = await startStubGateway();
    const args = ['--target', stub.url.href, '--rate', '20', '--duration', '1', '--shoppers', '2'];
    const report = await runLoad(parseLoadArgs([...args, '--mix', 'checkout=1,status=1'], {}), output);
    expect(report.setup.routes).toEqual({
      'GET /api/categories': 1,
      'GET /api/products': 1,
      'POST /api/auth/signup': 2,
      'POST /api/cart/items': 2,
    });
    const sent = { ...report.steps.checkout?.routes, ...report.steps.status?.routes };
    const received = Object.fromEntries([...stub.received].filter(([key]) => !key.includes('/categories')));
    expect(Object.values(sent).reduce((sum, count) => sum + count, 0)).toBe(20);
    expect(received['POST /api/checkout']).toBe(sent['POST /api/checkout']);
    expect(received['GET /api/orders/o-1'] ?? 0).toBe(sent['GET /api/orders/:id'] ?? 0);
    expect(lines).toContain('signing up 2 shoppers…');
  });

  it('abandons what is still unanswered when the drain time is up, and says how many', async () => {
    stub = await startStubGateway({ holdProductPages: true });
    const args = [
      '--target',
      stub.url.href,
      '--rate',
      '10',
      '--duration',
      '0.5',
      '--drain',
      '0.2',
      '--mix',
      'product=1',
    ];
    const report = await runLoad(parseLoadArgs(args, {}), output);
    expect([report.scheduled, report.abandoned, report.completed]).toEqual([5, 5, 0]);
    expect(report.steps.product).toMatchObject({ errors: 5, statuses: { abandoned: 5 } });
  });
});
