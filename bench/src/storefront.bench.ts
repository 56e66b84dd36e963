// Storefront goals (issue 10): the home page loads < 100 KB of JS and CSS (gzip), and first
// contentful paint of the home and product pages is < 1 s in headless chromium on this machine.
import { recordResult, type BenchRow } from './record-result.js';
import { startRunner, stopRunner, waitFor200 } from './system-process.js';
import {
  encodedBytes,
  firstContentfulPaint,
  launchChromium,
  scriptsAndStyles,
} from './storefront-page-metrics.js';

const bytesGoal = 100 * 1024;
const paintGoalMs = 1000;
const runs = 7;

/** Starts the system, measures the home page's bytes and the paint of home and product pages. */
export async function storefrontBench(): Promise<void> {
  const port = 8590;
  const runner = startRunner({ port, portBase: 7900 });
  const browser = await launchChromium();
  try {
    await waitFor200(`${runner.baseUrl}/health/system`, 120_000);
    const product = (await (await fetch(`${runner.baseUrl}/api/products?pageSize=1`)).json()) as {
      items: Array<{ id: string }>;
    };
    const files = await scriptsAndStyles(browser, `${runner.baseUrl}/`);
    const gzip = (await Promise.all(files.map((file) => encodedBytes(file, 'gzip')))).reduce(
      (a, b) => a + b,
      0,
    );
    const brotli = (await Promise.all(files.map((file) => encodedBytes(file, 'br')))).reduce(
      (a, b) => a + b,
      0,
    );
    const rows: BenchRow[] = [
      {
        name: `home page JS + CSS (${files.length} files)`,
        gzipBytes: gzip,
        brotliBytes: brotli,
        goalBytes: bytesGoal,
      },
    ];
    for (const [name, path] of [
      ['home', '/'],
      ['product', `/products/${product.items[0]?.id}`],
    ] as const) {
      const paints: number[] = [];
      for (let run = 0; run < runs; run++)
        paints.push(await firstContentfulPaint(browser, `${runner.baseUrl}${path}`));
      paints.sort((a, b) => a - b);
      rows.push({
        name: `first contentful paint, ${name} page (cold cache, ${runs} runs)`,
        medianMs: paints[runs >> 1] ?? 0,
        maxMs: paints.at(-1) ?? 0,
        goalMs: paintGoalMs,
      });
    }
    const worstMedian = Math.max(...rows.slice(1).map((row) => Number(row.medianMs)));
    recordResult({
      bench: 'storefront',
      goal: `home page JS + CSS < ${bytesGoal / 1024} KB gzip; first contentful paint of home and product pages < ${paintGoalMs} ms (headless Debian chromium, 375 px, fresh profile per run)`,
      rows,
      verdict: `${(gzip / 1024).toFixed(1)} KB gzip (${gzip < bytesGoal ? 'met' : 'missed'}); FCP median at most ${worstMedian} ms (${worstMedian < paintGoalMs ? 'met' : 'missed'})`,
    });
  } finally {
    await browser.close();
    await stopRunner(runner.child);
  }
}
