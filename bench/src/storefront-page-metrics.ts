/// <reference lib="dom" />
// What the storefront costs a browser: the JS and CSS bytes the home page loads (gzip and
// Brotli, as the gateway sends them) and first contentful paint in headless chromium.
import http from 'node:http';
import { chromium, type Browser } from 'playwright-core';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Debian chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
    headless: true,
  });
}

/** The JS and CSS files a page loads. */
export async function scriptsAndStyles(browser: Browser, url: string): Promise<string[]> {
  const page = await browser.newPage();
  const files: string[] = [];
  page.on('response', (response) => {
    if (/\.(js|css)$/.test(new URL(response.url()).pathname)) files.push(response.url());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  return files;
}

/** The bytes the server sends for a file under one content encoding. */
export function encodedBytes(url: string, encoding: 'gzip' | 'br'): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve(bytes));
      })
      .on('error', reject);
  });
}

/** First contentful paint of a page in a fresh profile (cold cache), in milliseconds. */
export async function firstContentfulPaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const seen = performance.getEntriesByName('first-contentful-paint')[0];
        if (seen) return resolve(seen.startTime);
        new PerformanceObserver((list) => resolve(list.getEntries()[0]?.startTime ?? Number.NaN)).observe({
          type: 'paint',
          buffered: true,
        });
      }),
  );
  await context.close();
  return Math.round(fcp);
}
