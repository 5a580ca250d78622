/**
 * Takes the screenshots of docs/widget.md (`nx run widget-lit:screenshots`): the demo page with the
 * widget open, in the light theme (a bot answer with its source, rated) and the dark theme (a
 * conversation an agent took over), against a real backend.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TestAgent } from './agent';
import { REPO_ROOT } from './backend';
import { ask, openDemoPage, serverUrl, setUp, tearDown, waitForBotAnswer, type WidgetPage } from './environment';

const IMAGES = join(REPO_ROOT, 'docs', 'images');
const VIEWPORT = { width: 1200, height: 820 };
// The widget's corner of the page: the panel (640px, its top 96px + 640px above the bottom), the
// launcher and a little of the page around them.
const TOP = VIEWPORT.height - 96 - 640 - 14;
const CLIP = { x: VIEWPORT.width - 470, y: TOP, width: 470, height: VIEWPORT.height - TOP };

async function shoot(widget: WidgetPage, name: string): Promise<void> {
  await widget.page.mouse.move(0, 0);
  await widget.page.waitForTimeout(400); // transitions and the typing dots settle
  await widget.page.screenshot({ path: join(IMAGES, name), clip: CLIP });
}

async function light(): Promise<void> {
  const widget = await openDemoPage({ viewport: VIEWPORT, deviceScaleFactor: 2, reducedMotion: 'reduce' });
  await ask(widget, 'How do I get a refund?');
  const answer = await waitForBotAnswer(widget);
  await answer.locator('button.up').click();
  await answer.locator('.feedback span').waitFor();
  await shoot(widget, 'widget-light.png');
  await widget.context.close();
}

async function dark(): Promise<void> {
  const widget = await openDemoPage({ viewport: VIEWPORT, deviceScaleFactor: 2, reducedMotion: 'reduce', colorScheme: 'dark' });
  await widget.chat.evaluate((element) => element.setAttribute('theme', 'auto'));
  const agent = await TestAgent.connect(serverUrl(), 'Dana Reyes');
  await ask(widget, 'My card was charged twice this month');
  await waitForBotAnswer(widget).catch(() => undefined);
  const sessionId = (await widget.sessionId()) ?? '';
  if (await widget.chat.locator('.human').isVisible()) await widget.chat.locator('.human').click();
  await widget.chat.locator('.status').waitFor();
  await agent.claim(sessionId);
  await agent.say(sessionId, "Hi, I'm Dana from billing. Sorry about that! I can see both charges and I've refunded the duplicate.");
  await agent.setTyping(sessionId, true);
  await widget.chat.locator('.typing').waitFor();
  await shoot(widget, 'widget-dark.png');
  agent.close();
  await widget.context.close();
}

async function main(): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  await setUp();
  try {
    await light();
    await dark();
  } finally {
    await tearDown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
