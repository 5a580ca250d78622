import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export { axeViolations, launchChromium } from '@parley/testing';

export interface ConsolePage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors in the page: a test fails when any occurred. */
  errors: string[];
}

/** The console in a fresh browser context (its own storage, so its own sign-in). */
export async function openConsole(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<ConsolePage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A 401/403 the test provokes on purpose is logged by the browser as a failed resource.
    if (message.type() === 'error' && !/status of 40[13]/.test(message.text())) errors.push(message.text());
  });
  await page.goto(`${url}/console/`);
  return { context, page, errors };
}

/** Signs in on the login page the console redirected to. */
export async function signInAt(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('user-name').waitFor();
}
