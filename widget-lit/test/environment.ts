import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { startBackend, type Backend } from './backend';

/** Debian's Chromium, as CI installs it; CHROMIUM_PATH points elsewhere. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let backend: Backend | undefined;
let browser: Browser | undefined;

/** One backend and one browser for the whole run: starting the backend is the slow part. */
export async function setUp(): Promise<void> {
  backend = await startBackend();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
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

let axeSource: string | undefined;

/** Runs axe-core's WCAG 2.1 A/AA rules on the widget; evaluated, not injected, so the page's CSP allows it. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
    }
    const results = await axe.run(
      { include: [['support-chat']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`),
    );
  });
}
