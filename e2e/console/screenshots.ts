// Screenshots of the console for docs/console.md, taken from a real backend with a few real
// conversations: `npx nx run e2e:screenshots` writes docs/images/console-*.png.
import { join } from 'node:path';
import { eventually } from '@parley/testing';
import { TestVisitor, createStaff } from '../support/api';
import { REPO_ROOT, ROOT, startBackend } from '../support/backend';
import { launchChromium, openConsole, signInAt } from '../support/browser';

const QUESTIONS = ['How do I get a refund?', 'Can I use Lumen Boards offline?', 'How do I invite my team?', 'What is the meaning of life?'];

async function main(): Promise<void> {
  const backend = await startBackend();
  const browser = await launchChromium();
  const visitors: TestVisitor[] = [];
  const shot = (name: string) => join(REPO_ROOT, 'docs', 'images', `console-${name}.png`);
  try {
    for (const question of QUESTIONS) {
      const visitor = await TestVisitor.connect(backend.url, { userMeta: { page: '/help', plan: 'Team' }, language: 'en' });
      visitors.push(visitor);
      await visitor.say(question);
      await eventually(() => visitor.messages.some((message) => message.sender === 'bot'), 'the bot to answer');
    }
    const waiting = await TestVisitor.connect(backend.url, {
      userMeta: { name: 'Grace Hopper', email: 'grace@example.com', page: '/billing', plan: 'Pro' },
      language: 'en-US',
    });
    visitors.push(waiting);
    await waiting.say('My invoice shows the wrong company name, can someone fix it?');
    await eventually(() => waiting.messages.some((message) => message.sender === 'bot'), 'the bot to answer');
    await waiting.askForHuman();
    const second = await TestVisitor.connect(backend.url, { userMeta: { page: '/pricing' } });
    visitors.push(second);
    await second.say('I would like to talk to a person about an enterprise plan');
    await second.askForHuman();

    const agent = await createStaff(backend.url, 'Ada Lovelace', ['agent']);
    const inbox = await openConsole(browser, backend.url);
    await signInAt(inbox.page, agent.email, agent.password);
    await inbox.page.getByTestId('queue-entry').filter({ hasText: 'Grace Hopper' }).click();
    await inbox.page.getByRole('button', { name: 'Claim' }).click();
    const reply = inbox.page.getByLabel('Reply');
    await reply.fill('Hi, I am Ada. I can fix the company name on your invoice: which name should it show?');
    await reply.press('Enter');
    await eventually(() => waiting.messages.some((message) => message.sender === 'agent'), 'the reply to arrive');
    await waiting.say('It should say "Northwind Traders Ltd". Thanks!');
    await inbox.page.getByTestId('message').filter({ hasText: 'Northwind' }).waitFor();
    await inbox.page.screenshot({ path: shot('inbox') });

    const admin = await openConsole(browser, backend.url);
    await signInAt(admin.page, ROOT.email, ROOT.password);
    await admin.page.getByRole('link', { name: 'Analytics' }).click();
    await admin.page.locator('ngx-charts-line-chart path.line').first().waitFor();
    // Charts animate in; the picture should show where they end.
    await admin.page.waitForTimeout(1500);
    await admin.page.screenshot({ path: shot('analytics'), fullPage: true });

    await admin.page.getByRole('link', { name: 'Accuracy' }).click();
    await admin.page.waitForURL(/\/console\/accuracy$/);
    await admin.page.getByRole('heading', { name: 'Answers' }).waitFor();
    await admin.page.locator('table.data tbody tr').first().waitFor();
    await admin.page.screenshot({ path: shot('accuracy'), fullPage: true });
    console.warn(`screenshots written to ${join(REPO_ROOT, 'docs', 'images')}`);
  } finally {
    visitors.forEach((visitor) => visitor.close());
    await browser.close();
    await backend.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
