import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/** Debian's Chromium, as CI installs it; CHROMIUM_PATH points elsewhere. Nothing downloads a browser. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Loads playwright-core only here, so the many suites that never open a browser do not pay for it. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

let axeSource: string | undefined;

/**
 * axe-core's WCAG 2.1 A/AA findings, one line each (none is the goal), for the elements matching
 * `include` or the whole page. Evaluated rather than injected as a script tag, so a page's
 * Content-Security-Policy allows it.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    interface AxeResults {
      violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
    }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    const results = await axe.run(selector ? { include: [[selector]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`),
    );
  }, include);
}
