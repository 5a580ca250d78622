import { axeViolations as findViolations, launchChromium } from '@parley/testing';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { startBackend, type Backend } from './backend';

let backend: Backend | undefined;
let browser: Browser | undefined;

/** One backend and one browser for the whole run: starting the backend is the slow part. */
export async function setUp(): Promise<void> {
  backend = await startBackend();
  browser = await launchChromium();
}

export async function tearDown(): Promise<void> {
  await browser?.close();
  await backend?.stop();
}

export function serverUrl(): string {
  if (!backend) throw new Error('the backend is not running (import the tests through test/widget.test.ts)');
  return backend.url;
}

export interface WidgetPage {
  context: BrowserContext;
  page: Page;
  /** The <support-chat> element; Playwright's CSS locators pierce its shadow roots. */
  chat: Locator;
  /** Uncaught errors in the page: a test fails when any occurred. */
  errors: string[];
  /** The text of every message bubble (not the greeting), in order. */
  bubbles(selector?: string): Promise<string[]>;
  /** The session id the widget stored for the desk. */
  sessionId(): Promise<string | undefined>;
}

/** The demo page (`GET /`) in a fresh browser context: its own localStorage, so its own visitor. */
export async function openDemoPage(options: BrowserContextOptions = {}): Promise<WidgetPage> {
  if (!browser) throw new Error('the browser is not running');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${serverUrl()}/`);
  await page.waitForFunction(() => customElements.get('support-chat') !== undefined);
  const chat = page.locator('support-chat');
  return {
    context,
    page,
    chat,
    errors,
    bubbles: (selector = 'li:not(.greeting) .bubble, li.system span') => chat.locator(selector).allTextContents(),
    sessionId: () =>
      page.evaluate((url) => {
        const stored = localStorage.getItem(`parley-chat:${url}`);
        return stored ? (JSON.parse(stored) as { sessionId?: string }).sessionId : undefined;
      }, serverUrl()),
  };
}

/** Opens the panel with the launcher, writes `text` and presses Enter. */
export async function ask(widget: WidgetPage, text: string): Promise<void> {
  const input = widget.chat.locator('textarea');
  if (!(await input.isVisible())) await widget.chat.locator('.launcher').click();
  await input.fill(text);
  await input.press('Enter');
}

/** Waits for the bot's answer number `count` (1-based, the greeting not counted). */
export async function waitForBotAnswer(widget: WidgetPage, count = 1): Promise<Locator> {
  const answer = widget.chat.locator('li.bot:not(.greeting):not(.streaming)').nth(count - 1);
  await answer.waitFor({ timeout: 15_000 });
  return answer;
}

/** axe-core's WCAG 2.1 A/AA findings on the widget. */
export function axeViolations(page: Page): Promise<string[]> {
  return findViolations(page, 'support-chat');
}
