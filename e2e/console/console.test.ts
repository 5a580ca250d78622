import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CreateChatSessionRequest } from '@parley/contracts';
import type { Browser } from 'playwright-core';
import { eventually, requestJson as call, signIn } from '@parley/testing';
import { TestVisitor, createStaff, type StaffAccount } from '../support/api';
import { ROOT, startBackend, type Backend } from '../support/backend';
import { axeViolations, launchChromium, openConsole, signInAt } from '../support/browser';

let backend: Backend;
let browser: Browser;
const visitors: TestVisitor[] = [];

before(async () => {
  backend = await startBackend();
  browser = await launchChromium();
});

after(async () => {
  visitors.forEach((visitor) => visitor.close());
  await browser?.close();
  await backend?.stop();
});

async function visitor(request: CreateChatSessionRequest = {}): Promise<TestVisitor> {
  const connected = await TestVisitor.connect(backend.url, request);
  visitors.push(connected);
  return connected;
}

test('a signed-out user is sent to sign in and then back to the page they asked for', async () => {
  const { page, context, errors } = await openConsole(browser, backend.url);
  await page.goto(`${backend.url}/console/audit`);
  await page.waitForURL(/\/console\/login\?returnUrl=%2Faudit/);
  await page.getByLabel('E-mail').fill(ROOT.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  assert.match((await page.getByRole('alert').textContent()) ?? '', /\w+/, 'a refused sign-in says why');

  await signInAt(page, ROOT.email, ROOT.password);
  await page.waitForURL(/\/console\/audit$/);
  await page.reload();
  await page.getByRole('heading', { name: 'Audit log' }).waitFor();
  assert.equal(await page.getByTestId('user-role').textContent(), 'Super admin');
  assert.deepEqual(errors, []);
  await context.close();
});

let agent: StaffAccount;

test('an admin signs in and creates an agent', async () => {
  const { page, context, errors } = await openConsole(browser, backend.url);
  await signInAt(page, ROOT.email, ROOT.password);
  await page.getByRole('link', { name: 'Users & roles' }).click();
  await page.getByRole('button', { name: 'New user' }).click();
  agent = { email: `ada.${Date.now()}@console.test`, password: 'agent-password-123', name: 'Ada Agent' };
  await page.getByLabel('E-mail').fill(agent.email);
  await page.getByLabel('Name').fill(agent.name);
  await page.getByLabel('Password').fill(agent.password);
  await page.getByLabel('Agent', { exact: true }).check();
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByRole('cell', { name: agent.email }).waitFor();

  const token = await signIn(backend.url, agent.email, agent.password);
  const me = await call<{ roles: string[] }>(backend.url, '/me', { token });
  assert.deepEqual(me.roles, ['agent']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the agent sees a waiting visitor, claims it and replies; the visitor receives the reply', async () => {
  assert.ok(agent, 'the agent was created by the previous test');
  const { page, context, errors } = await openConsole(browser, backend.url);
  await signInAt(page, agent.email, agent.password);
  await page.waitForURL(/\/console\/inbox/);

  const waiting = await visitor({ userMeta: { name: 'Wendy Waiting', page: '/pricing', plan: 'Pro' }, language: 'de-AT' });
  await waiting.say('Hello, I need help with my invoice');
  await waiting.askForHuman();

  const entry = page.getByTestId('queue-entry').filter({ hasText: 'Wendy Waiting' });
  await entry.waitFor();
  await entry.click();
  await page.getByRole('button', { name: 'Claim' }).click();
  await page.getByTestId('my-conversation').first().waitFor();
  // The visitor's language is shown, and the desk's own lines were written to them in it.
  await page.getByTestId('language').filter({ hasText: 'German (Austria) · de-AT' }).waitFor();
  await page.getByTestId('message').filter({ hasText: 'Sie sind in der Warteschlange' }).waitFor();

  const reply = page.getByLabel('Reply');
  await reply.fill('Hi! I am Ada, let me look at your invoice.');
  await reply.press('Enter');

  const received = await eventually(
    () => waiting.messages.find((message) => message.sender === 'agent' && message.text === 'Hi! I am Ada, let me look at your invoice.'),
    'the visitor to receive the reply',
  );
  assert.equal(received.agent?.name, agent.name);
  await page.getByTestId('message').filter({ hasText: 'let me look at your invoice' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a viewer sees no write controls, and the server refuses a write anyway', async () => {
  const asker = await visitor();
  await asker.say('How do I reset my password?');
  await eventually(() => asker.messages.find((message) => message.sender === 'bot'), 'the bot to answer');

  const viewer = await createStaff(backend.url, 'Vera Viewer', ['viewer']);
  const { page, context } = await openConsole(browser, backend.url);
  await signInAt(page, viewer.email, viewer.password);
  const menu = await page.getByRole('navigation', { name: 'Console' }).getByRole('link').allTextContents();
  assert.deepEqual(menu.map((label) => label.trim()), ['Sessions', 'Analytics', 'Accuracy']);

  await page.getByRole('heading', { name: 'Sessions' }).waitFor();
  await page.locator('table.data tbody tr').first().waitFor();
  assert.equal(await page.getByRole('button', { name: /^Export/ }).count(), 0, 'no export on the sessions screen');

  await page.getByRole('link', { name: 'Accuracy' }).click();
  await page.waitForURL(/\/console\/accuracy$/);
  await page.getByRole('heading', { name: 'Answers' }).waitFor();
  const firstAnswer = page.locator('table.data tbody tr').first();
  await firstAnswer.waitFor();
  await firstAnswer.click();
  await page.getByRole('heading', { name: /question/i }).first().waitFor();
  for (const name of ['Helpful', 'Unhelpful', 'Save evaluation']) {
    assert.equal(await page.getByRole('button', { name }).count(), 0, `no "${name}" button for a viewer`);
  }

  await page.goto(`${backend.url}/console/users`);
  await page.waitForURL((url) => !url.pathname.endsWith('/users'));

  const accuracyId = await firstAccuracyId();
  const refused = await page.evaluate(async (id) => {
    const tokens = JSON.parse(localStorage.getItem('parley.console.tokens') ?? '{}') as { accessToken?: string };
    const response = await fetch(`/admin/accuracy/${id}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.accessToken}` },
      body: JSON.stringify({ mark: 'helpful' }),
    });
    return response.status;
  }, accuracyId);
  assert.equal(refused, 403);
  await context.close();
});

async function firstAccuracyId(): Promise<string> {
  const token = await signIn(backend.url, ROOT.email, ROOT.password);
  const page = await call<{ items: { id: string }[] }>(backend.url, '/admin/accuracy?limit=1', { token });
  assert.ok(page.items[0], 'there is a bot answer');
  return page.items[0].id;
}

test('the analytics page renders charts from the conversations so far', async () => {
  for (const question of ['How do I export my board?', 'Can I invite guests?']) {
    const asker = await visitor();
    await asker.say(question);
    await eventually(() => asker.messages.find((message) => message.sender === 'bot'), 'the bot to answer');
  }
  const { page, context, errors } = await openConsole(browser, backend.url);
  await signInAt(page, ROOT.email, ROOT.password);
  await page.getByRole('link', { name: 'Analytics' }).click();
  await page.getByTestId('kpi').first().waitFor();
  const kpis = await page.getByTestId('kpi').allTextContents();
  assert.ok(kpis.length >= 4, `KPI cards shown: ${kpis.join(' | ')}`);

  await page.locator('ngx-charts-line-chart path.line').first().waitFor();
  await page.locator('ngx-charts-bar-vertical rect.bar, ngx-charts-bar-vertical path.bar').first().waitFor();
  assert.ok((await page.locator('ngx-charts-line-chart path.line').count()) >= 1, 'a line per sender');
  assert.deepEqual(errors, []);
  await context.close();
});

test('every screen is accessible (axe-core, WCAG 2.1 A and AA), at desktop and tablet width', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 800, height: 1100 }]) {
    const { page, context } = await openConsole(browser, backend.url, { viewport });
    await signInAt(page, ROOT.email, ROOT.password);
    const found: string[] = [];
    for (const [path, heading] of [
      ['inbox', 'Inbox'],
      ['sessions', 'Sessions'],
      ['analytics', 'Analytics'],
      ['accuracy', 'Accuracy'],
      ['knowledge', 'Knowledge base'],
      ['users', 'Users & roles'],
      ['encryption', 'Encryption'],
      ['audit', 'Audit log'],
    ]) {
      await page.goto(`${backend.url}/console/${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // Let lists and charts finish loading: their final state is what people use.
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
      found.push(...(await axeViolations(page)).map((violation) => `${viewport.width}px /${path}: ${violation}`));
    }
    await context.close();
    assert.deepEqual(found, []);
  }
});
