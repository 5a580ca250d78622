import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium, as CI installs it; CHROMIUM_PATH points elsewhere. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

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

let axeSource: string | undefined;

/** axe-core's WCAG 2.1 A/AA findings for the whole page, one line each (none is the goal). */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated rather than injected as a script tag, so the console's Content-Security-Policy allows it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface AxeResults {
      violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
    }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`),
    );
  });
}
