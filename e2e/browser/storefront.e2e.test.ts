/// <reference lib="dom" />
// The storefront in a real browser (Debian's chromium) against the real system from `npm start`:
// a new shopper's whole journey, a double click, a declined and an invalid card, the session across
// a reload and a new login, the admin adding a product, axe-core on the key pages, a checkout with
// the keyboard alone, and the product page with the recommendations service stopped.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startSystem, type RunningSystem } from '../support/system.js';
import { adminAccount, cards, fastShopSettings, signIn } from '../support/shop.js';
import { eventually } from '../support/eventually.js';
import { launchChromium, phoneContext, screenshot, seriousViolations } from './browser.js';
import {
  addToCart,
  fillCheckout,
  logInInBrowser,
  placeOrderButton,
  pressWithKeyboard,
  signUpInBrowser,
  stepTimeoutMs,
  typeWithKeyboard,
  waitForStatus,
} from './storefront-steps.js';

describe('the storefront in a browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const shopper = {
    name: 'Browser Shopper',
    email: `browser-${randomUUID().slice(0, 8)}@e2e.test`,
    password: 'a long enough password',
  };
  const orderCount = async () =>
    (await (await signIn(system.baseUrl, shopper)).call<{ total: number }>('/api/orders')).body.total;
  const expectAccessible = async (name: string) => {
    await screenshot(page, name);
    expect(await seriousViolations(page), `axe on the ${name} page`).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `the ${name} page fits 375 px without scrolling sideways`).toBeLessThanOrEqual(375);
  };

  beforeAll(async () => {
    system = await startSystem({ env: fastShopSettings });
    browser = await launchChromium();
    context = await phoneContext(browser, system.baseUrl);
    context.setDefaultTimeout(stepTimeoutMs);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.remove();
  });

  it('a new shopper signs up, searches, filters, adds two products, changes a quantity and sees the order paid live', async () => {
    await signUpInBrowser(page, shopper);
    await page.getByRole('heading', { name: 'Shop by category' }).waitFor();
    await expectAccessible('home');

    await page.getByRole('searchbox', { name: 'Search products' }).fill('pro');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: 'Results for “pro”' }).waitFor();
    await page.getByRole('checkbox', { name: 'In stock only' }).check();
    await page.waitForURL(/inStock=true/);
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('link').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('pro');
    await expectAccessible('search');

    const first = await addToCart(page, results.getByRole('link').first());
    await expectAccessible('product');
    await page.goBack();
    const second = await addToCart(
      page,
      page.getByRole('list', { name: 'Search results' }).getByRole('link').nth(1),
    );
    expect(second).not.toBe(first);

    await page.getByRole('link', { name: 'Cart', exact: true }).click();
    const quantity = page.getByRole('spinbutton', { name: `Quantity of ${first}` });
    await quantity.fill('2');
    await quantity.press('Tab');
    await eventually(async () => (await quantity.inputValue()) === '2', {
      timeoutMs: stepTimeoutMs,
      what: 'the new quantity',
    });
    await page.getByRole('button', { name: `Remove ${second}` }).waitFor();
    await expectAccessible('cart');

    await page.getByRole('link', { name: 'Check out' }).click();
    await page.getByRole('note', { name: 'Test cards' }).waitFor();
    await fillCheckout(page, cards.approved);
    await expectAccessible('checkout');
    const orderRequests: string[] = [];
    page.on('request', (request) => orderRequests.push(new URL(request.url()).pathname));
    await placeOrderButton(page).click();
    await page.getByRole('heading', { name: 'Thank you, your order is placed' }).waitFor();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await waitForStatus(page, 'Paid');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    const orderPath = new URL(page.url()).pathname;
    expect(orderRequests.filter((path) => path === `/api${orderPath}`)).toHaveLength(1); // loaded once: pushed after
    expect(orderRequests).toContain(`/api${orderPath}/events`);
    await expectAccessible('order');
  });

  it('a category lists its products a page at a time', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: /^Audio/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Audio' }).waitFor();
    await page.getByRole('navigation', { name: 'Pages' }).getByText('Page 1 of 2').waitFor();
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.getByText('Page 2 of 2').waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await expectAccessible('category');
  });

  it('a double click on "Place order" makes one order', async () => {
    const before = await orderCount();
    await page.goto('/search?inStock=true');
    await addToCart(page, page.getByRole('list', { name: 'Search results' }).getByRole('link').nth(2));
    await page.goto('/checkout');
    await fillCheckout(page, cards.approved);
    await placeOrderButton(page).dblclick();
    await page.getByRole('heading', { name: 'Thank you, your order is placed' }).waitFor();
    await waitForStatus(page, 'Paid');
    expect(await orderCount()).toBe(before + 1);
  });

  it('a declined card says so plainly and the order is cancelled', async () => {
    await page.goto('/search?inStock=true');
    await addToCart(page, page.getByRole('list', { name: 'Search results' }).getByRole('link').nth(3));
    await page.goto('/checkout');
    await fillCheckout(page, cards.declined);
    await placeOrderButton(page).click();
    await waitForStatus(page, 'Cancelled');
    await page.getByRole('alert').getByText('Your card was declined').waitFor();
    await screenshot(page, 'order-declined');
    expect(await page.content()).not.toContain('payment_declined');
  });

  it('an invalid card number is refused at the field and places nothing', async () => {
    const before = await orderCount();
    const checkouts: string[] = [];
    page.on('request', (request) => request.url().endsWith('/api/checkout') && checkouts.push(request.url()));
    await page.goto('/checkout');
    await fillCheckout(page, '4242 4242 4242 4241');
    await placeOrderButton(page).click();
    const field = page.getByRole('textbox', { name: 'Card number' });
    await page.getByText('This card number is not valid. Please check it.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshot(page, 'checkout-invalid-card');
    expect(checkouts).toEqual([]);
    expect(await orderCount()).toBe(before);
  });

  it('order history shows the paid and the cancelled order, after a reload and after logging out and in', async () => {
    const seeHistory = async () => {
      await page.getByRole('link', { name: 'Orders', exact: true }).click();
      const orders = page.getByRole('list', { name: 'Orders' });
      await orders.getByText('Cancelled').first().waitFor();
      const statuses = await orders.locator('.badge').allInnerTexts();
      expect(statuses).toHaveLength(3); // paid (then shipped, delivered: the shipping clock is fast), paid, cancelled
      expect(statuses.filter((status) => ['Paid', 'Shipped', 'Delivered'].includes(status))).toHaveLength(2);
    };
    await page.goto('/');
    await seeHistory();
    await screenshot(page, 'orders');
    await page.reload();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await seeHistory();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    await page.goto('/');
    await logInInBrowser(page, shopper);
    await seeHistory();
    await page.getByRole('list', { name: 'Orders' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await screenshot(page, 'order-detail');
  });

  it('the admin creates a product with stock and finds it by search', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await logInInBrowser(page, { email: adminAccount.ADMIN_EMAIL, password: adminAccount.ADMIN_PASSWORD });
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('table').getByRole('row').nth(1).getByText('available').waitFor();
    await page.getByRole('link', { name: 'New product' }).click();
    const name = `Browser Lamp ${randomUUID().slice(0, 6)}`;
    await page.getByLabel('SKU').fill(`BRW-${randomUUID().slice(0, 6).toUpperCase()}`);
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Description').fill('A lamp made by a browser test.');
    await page.getByLabel('Category').selectOption('home-kitchen');
    await page.getByLabel('Price (USD)').fill('42.50');
    await page.getByLabel('Stock on hand').fill('7');
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.getByRole('status').getByText(`Saved ${name}.`).waitFor();
    await screenshot(page, 'admin-product');
    await eventually(
      async () => {
        await page.goto(`/search?q=${encodeURIComponent(name)}`);
        // isVisible does not wait: first wait for the answer ("N products found"), then look in it.
        const results = page.getByRole('region', { name: 'Results' });
        await results
          .getByRole('status')
          .getByText(/found$/)
          .waitFor({ timeout: 10_000 });
        const found = await results
          .getByRole('list', { name: 'Search results' })
          .getByRole('link', { name })
          .count();
        return found > 0;
      },
      { timeoutMs: 20_000, intervalMs: 500, what: `${name} found by search` },
    );
  });

  it('a visitor sees the best sellers, then signs up and checks out with the keyboard alone', async () => {
    const visitor = await phoneContext(browser, system.baseUrl);
    visitor.setDefaultTimeout(stepTimeoutMs);
    const tab = await visitor.newPage();
    try {
      await tab.goto('/');
      await tab.getByRole('heading', { name: 'Popular right now' }).waitFor();
      const popular = tab.getByRole('list', { name: 'Recommended products' }).getByRole('link');
      expect(await popular.count()).toBeGreaterThan(0);

      await pressWithKeyboard(tab, tab.getByRole('link', { name: 'Sign up' }));
      await typeWithKeyboard(tab, 'Name', 'Keyboard Shopper');
      await typeWithKeyboard(tab, 'Email', `keys-${randomUUID().slice(0, 8)}@e2e.test`);
      await typeWithKeyboard(tab, 'Password', 'a long enough password');
      await pressWithKeyboard(tab, tab.getByRole('button', { name: 'Sign up' }));
      await tab.getByRole('button', { name: 'Log out' }).waitFor();

      await tab.goto('/search?inStock=true');
      const product = tab.getByRole('list', { name: 'Search results' }).getByRole('link').nth(4);
      const name = (await product.innerText()).trim();
      await pressWithKeyboard(tab, product);
      await tab.getByRole('heading', { level: 1, name }).waitFor();
      await pressWithKeyboard(tab, tab.getByRole('button', { name: 'Add to cart' }));
      await tab.getByRole('status').getByText('Added 1 to your cart.').waitFor();
      await pressWithKeyboard(tab, tab.getByRole('link', { name: 'Cart', exact: true }));
      await pressWithKeyboard(tab, tab.getByRole('link', { name: 'Check out' }));

      await typeWithKeyboard(tab, 'Full name', 'Keyboard Shopper');
      await typeWithKeyboard(tab, 'Street address', '1 Main Street');
      await typeWithKeyboard(tab, 'City', 'Springfield');
      await typeWithKeyboard(tab, 'Postal code', '12345');
      await typeWithKeyboard(tab, 'Card number', cards.approved);
      await typeWithKeyboard(tab, 'Expiry (MM/YY)', '12/30');
      await typeWithKeyboard(tab, 'Security code', '123');
      await pressWithKeyboard(tab, placeOrderButton(tab));
      await tab.getByRole('heading', { name: 'Thank you, your order is placed' }).waitFor();
      await waitForStatus(tab, 'Paid');
    } finally {
      await visitor.close();
    }
  });

  it('the product page renders with the recommendations service stopped', async () => {
    const recommendations = (await system.pids()).processes.filter(
      (child) => child.name === 'recommendations',
    );
    for (const child of recommendations) process.kill(child.pid ?? 0, 'SIGSTOP');
    try {
      await page.goto('/search?q=pro');
      const link = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
      const name = (await link.innerText()).trim();
      await link.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.getByText('Recommendations are taking a break').waitFor();
      await page.getByRole('button', { name: 'Add to cart' }).waitFor();
      await screenshot(page, 'product-degraded');
    } finally {
      for (const child of recommendations) process.kill(child.pid ?? 0, 'SIGCONT');
    }
  });
});
