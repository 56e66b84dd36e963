/// <reference lib="dom" />
// The ops console in a real browser (Debian's chromium) against the real system from `npm start`:
// it lists every declared process as ready, finds a checkout's trace by its order id and shows it as
// a waterfall across the services, and an admin stops an instance from the console, sees it down
// (and not restarted by the runner), starts it again and sees it ready with a new pid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { bazaar } from '@bazaar/system';
import { startSystem, type RunningSystem } from '../support/system.js';
import { adminAccount, buy, fastShopSettings, orderReaching, signIn } from '../support/shop.js';
import { eventually } from '../support/eventually.js';
import { launchChromium, phoneContext, screenshot, seriousViolations } from './browser.js';
import { logInInBrowser, stepTimeoutMs } from './storefront-steps.js';

/** The services a checkout's trace must reach, from the browser's request to the notification. */
const checkoutServices = ['gateway', 'orders', 'inventory', 'payments', 'shipping', 'notifications'];

describe('the ops console in a browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  const instanceRow = (id: string) => page.getByRole('row', { name: new RegExp(`^${id} `) });

  beforeAll(async () => {
    system = await startSystem({ env: fastShopSettings });
    browser = await launchChromium();
    const context = await phoneContext(browser, system.baseUrl);
    context.setDefaultTimeout(stepTimeoutMs);
    page = await context.newPage();
    await page.goto('/');
    await logInInBrowser(page, { email: adminAccount.ADMIN_EMAIL, password: adminAccount.ADMIN_PASSWORD });
    await page.getByRole('link', { name: 'Ops', exact: true }).click();
    await page.getByRole('heading', { name: 'Operations' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.remove();
  });

  it('lists every declared process with a ready instance, its version, uptime and pid, accessibly at 375 px', async () => {
    const services = page.getByRole('region', { name: 'Services table' });
    for (const process of bazaar.processes) {
      await instanceRow(`${process.name}-0`).getByText('Ready').waitFor({ timeout: 60_000 });
    }
    const runner = await system.pids();
    const cart = runner.processes.find((entry) => entry.instance === 'cart-0');
    await expect.poll(() => instanceRow('cart-0').innerText()).toContain(String(cart?.pid));
    expect(await instanceRow('cart-0').innerText()).toContain('0.1.0');
    await services.waitFor();
    await page.getByRole('table', { name: 'Edges over the last minute' }).waitFor();
    await page.getByRole('region', { name: 'Queues table' }).getByText('inventory.reserve-stock').waitFor();
    await screenshot(page, 'ops-console');
    expect(await seriousViolations(page), 'axe on the ops console').toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'the console fits 375 px without scrolling sideways').toBeLessThanOrEqual(375);
  });

  it("shows a checkout's trace as a waterfall across the services, found by its order id", async () => {
    const shopper = await signIn(system.baseUrl);
    const products = await shopper.call<{ items: { id: string }[] }>('/api/products?pageSize=1');
    const placed = await buy(shopper, products.body.items[0]!.id);
    expect(placed.status).toBe(202);
    const orderId = placed.body.order.id;
    await orderReaching(shopper, orderId, ['shipped', 'delivered']);

    const search = page.getByRole('search', { name: 'Find traces' });
    await search.getByLabel('Order id').fill(orderId);
    await search.getByRole('button', { name: 'Find traces' }).click();
    // the order's id is on other traces too (shipping's clock moves the shipment later): pick the checkout's
    await page
      .getByRole('list', { name: 'Traces found' })
      .getByRole('button', { name: 'POST /api/checkout' })
      .click({ timeout: 30_000 });
    const waterfall = page.getByRole('list', { name: /^Waterfall of trace / });
    await waterfall.waitFor();
    // the notification is sent after the payment: keep refreshing until the trace holds every service
    await expect
      .poll(() => waterfall.innerText(), { timeout: 30_000 })
      .toSatisfy((text: string) => checkoutServices.every((service) => text.includes(service)));
    await screenshot(page, 'ops-console-trace');

    // a slow request's trace is found by how long it took: none of this order's took ten minutes
    await search.getByLabel('Slower than (ms)').fill('600000');
    await search.getByRole('button', { name: 'Find traces' }).click();
    await page.getByText('No trace matches yet.').waitFor({ timeout: 30_000 });
    await search.getByLabel('Slower than (ms)').fill('1');
    await search.getByRole('button', { name: 'Find traces' }).click();
    await page
      .getByRole('list', { name: 'Traces found' })
      .getByRole('button', { name: 'POST /api/checkout' })
      .waitFor({ timeout: 30_000 });
  });

  it('stops an instance from the console, which stays down, and starts it again', async () => {
    const before = (await system.pids()).processes.find((entry) => entry.instance === 'cart-0');
    await instanceRow('cart-0').getByRole('button', { name: 'Stop cart-0' }).click();
    await instanceRow('cart-0').getByText('Down').waitFor({ timeout: 30_000 });
    // Down shows from the SIGTERM on; once the process has exited the runner holds it stopped,
    // with no restart scheduled
    const stopped = await eventually(
      async () => {
        const entry = (await system.pids()).processes.find((candidate) => candidate.instance === 'cart-0');
        return entry?.phase === 'stopping' ? undefined : entry;
      },
      { timeoutMs: 15_000, what: 'cart-0 to have exited' },
    );
    expect(stopped).toMatchObject({ phase: 'stopped', pid: null, restarts: before?.restarts });

    await instanceRow('cart-0').getByRole('button', { name: 'Start cart-0' }).click();
    await instanceRow('cart-0').getByText('Ready').waitFor({ timeout: 30_000 });
    const started = (await system.pids()).processes.find((entry) => entry.instance === 'cart-0');
    expect(started?.phase).toBe('running');
    expect(started?.pid).not.toBe(before?.pid);
    await expect.poll(() => instanceRow('cart-0').innerText()).toContain(String(started?.pid));
  });
});
