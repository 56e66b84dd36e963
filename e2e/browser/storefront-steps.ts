// The moves a shopper makes in the storefront, found by role and label as a screen reader would.
import type { Locator, Page } from 'playwright-core';

/** How long a step may wait for the page (the real system on a shared 2-core machine). */
export const stepTimeoutMs = 20_000;

/** Signs up through the form and waits until the header shows the account. */
export async function signUpInBrowser(
  page: Page,
  who: { name: string; email: string; password: string },
): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign up' }).click();
  await page.getByLabel('Name').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
}

/** Logs in through the form. */
export async function logInInBrowser(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.getByRole('link', { name: 'Log in' }).first().click();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
}

/** Opens a product page from a list and adds `quantity` to the cart; returns the product's name. */
export async function addToCart(
  page: Page,
  productLink: ReturnType<Page['getByRole']>,
  quantity = 1,
): Promise<string> {
  const name = (await productLink.innerText()).trim();
  await productLink.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByLabel('Quantity').selectOption(String(quantity));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('status').getByText(`Added ${quantity} to your cart.`).waitFor();
  return name;
}

/** Fills the checkout form with an address and a card (expiry 12/30, CVC 123). */
export async function fillCheckout(page: Page, cardNumber: string): Promise<void> {
  await page.getByLabel('Full name').fill('Browser Shopper');
  await page.getByLabel('Street address').fill('1 Main Street');
  await page.getByLabel('City').fill('Springfield');
  await page.getByLabel('Postal code').fill('12345');
  await page.getByLabel('Card number').fill(cardNumber);
  await page.getByLabel('Expiry (MM/YY)').fill('12/30');
  await page.getByLabel('Security code').fill('123');
}

/** The place-order button of the checkout page. */
export function placeOrderButton(page: Page) {
  return page.getByRole('button', { name: /^Place order/ });
}

/** Waits until the order page's status reads `label` (e.g. "Paid"); a timeout says what it read instead. */
export async function waitForStatus(page: Page, label: string): Promise<void> {
  const status = page.locator('#main').getByRole('status');
  try {
    await status.getByText(label, { exact: true }).waitFor({ timeout: stepTimeoutMs });
  } catch (error) {
    const shown = await status.allInnerTexts().catch(() => ['(unreadable)']);
    throw new Error(`the order page did not read "${label}"; its status said ${JSON.stringify(shown)}`, {
      cause: error,
    });
  }
}

/** Presses Tab until `target` has the focus, as a shopper without a mouse does; fails if it never does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses <= maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${String(target)} never got the focus in ${maxPresses} presses of Tab`);
}

/** Tabs to a control and presses Enter on it. */
export async function pressWithKeyboard(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs to the field labelled `label` and types `text` into it. */
export async function typeWithKeyboard(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, page.getByLabel(label, { exact: true }));
  await page.keyboard.type(text);
}
