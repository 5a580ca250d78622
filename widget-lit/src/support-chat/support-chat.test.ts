import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { storedMessages } from '../../test/backend';
import { ask, openDemoPage, serverUrl, waitForBotAnswer, type WidgetPage } from '../../test/environment';

describe('<support-chat> conversation', () => {
  let widget: WidgetPage;
  const sessionRequests: string[] = [];

  before(async () => {
    widget = await openDemoPage();
    widget.page.on('request', (request) => {
      if (request.url().endsWith('/chat/sessions')) sessionRequests.push(request.method());
    });
    // The host page's view of the widget: its events, recorded by the page from its first script on.
    await widget.context.addInitScript(() => {
      const seen: string[] = [];
      (document as unknown as { seenEvents: string[] }).seenEvents = seen;
      for (const name of ['support-chat-open', 'support-chat-close', 'support-chat-message', 'support-chat-handoff']) {
        document.addEventListener(name, (event) => {
          const sender = (event as CustomEvent<{ message?: { sender: string } } | null>).detail?.message?.sender;
          seen.push(sender ? `${name}:${sender}` : name);
        });
      }
    });
    await widget.page.reload();
  });
  after(() => widget.context.close());

  it('starts no session before the first message', async () => {
    await widget.page.waitForTimeout(300);
    assert.deepEqual(sessionRequests, []);
    assert.equal(await widget.sessionId(), undefined);
    assert.equal(await widget.chat.locator('.panel').isVisible(), false);
  });

  it('creates the session on the first message and shows the bot answer with its sources', async () => {
    await ask(widget, 'How do I get a refund?');
    const answer = await waitForBotAnswer(widget);
    assert.match((await answer.locator('.bubble').textContent()) ?? '', /refund/i);
    assert.ok((await answer.locator('.sources > *').count()) >= 2, 'a "Sources:" label and at least one source');
    assert.deepEqual(sessionRequests, ['POST']);

    const sessionId = await widget.sessionId();
    assert.ok(sessionId);
    const stored = await storedMessages(serverUrl(), sessionId);
    assert.deepEqual(stored.map((message) => message.sender), ['visitor', 'bot']);
    const events = await widget.page.evaluate(() => (document as unknown as { seenEvents: string[] }).seenEvents);
    assert.deepEqual(events, ['support-chat-open', 'support-chat-message:visitor', 'support-chat-message:bot']);
    assert.deepEqual(widget.errors, []);
  });

  it('restores the conversation after a reload, each message once', async () => {
    const before = await widget.bubbles();
    assert.equal(before.length, 2);
    const sessionId = await widget.sessionId();
    await widget.page.reload();
    await widget.chat.locator('.launcher').click();
    await waitForBotAnswer(widget);
    const reloadedEvents = await widget.page.evaluate(() => (document as unknown as { seenEvents: string[] }).seenEvents);
    assert.deepEqual(reloadedEvents, ['support-chat-open'], 'restored history is not reported as new messages');
    await widget.page.waitForTimeout(500);
    assert.deepEqual(await widget.bubbles(), before);
    assert.equal(await widget.sessionId(), sessionId);
    assert.deepEqual(sessionRequests, ['POST'], 'the stored session is reused');
  });

  it('shows markup as text, never as HTML, and makes links safe', async () => {
    const text = '<img src=x onerror=alert(1)> see https://help.lumenboards.example/refunds?x=1.';
    await ask(widget, text);
    const mine = widget.chat.locator('li.visitor .bubble').last();
    await mine.locator('a').waitFor();
    assert.equal(await mine.textContent(), text);
    assert.equal(await widget.chat.locator('img').count(), 0);
    const link = mine.locator('a');
    assert.equal(await link.getAttribute('href'), 'https://help.lumenboards.example/refunds?x=1');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await link.getAttribute('target'), '_blank');
    await waitForBotAnswer(widget, 2).catch(() => undefined);
    assert.deepEqual(widget.errors, [], 'no script ran and no dialog opened');
  });

  it('opens, closes and sends through its methods', async () => {
    const { page, chat } = widget;
    await page.keyboard.press('Escape');
    await chat.locator('.panel').waitFor({ state: 'hidden' });
    await chat.evaluate((element) => (element as HTMLElement & { open(): void }).open());
    assert.equal(await chat.locator('.panel').isVisible(), true);
    assert.equal(await chat.getAttribute('open'), '');
    await chat.evaluate((element) => (element as HTMLElement & { send(text: string): void }).send('Sent by the page'));
    await chat.locator('li.visitor:not(.sending) .bubble', { hasText: 'Sent by the page' }).waitFor();
    await chat.evaluate((element) => (element as HTMLElement & { close(): void }).close());
    await chat.locator('.panel').waitFor({ state: 'hidden' });
    assert.equal(await chat.getAttribute('open'), null);
    const events = await page.evaluate(() => (document as unknown as { seenEvents: string[] }).seenEvents);
    const lifecycle = events.filter((event) => event === 'support-chat-open' || event === 'support-chat-close');
    assert.deepEqual(lifecycle, ['support-chat-open', 'support-chat-close', 'support-chat-open', 'support-chat-close']);
    assert.ok(events.includes('support-chat-message:visitor'));
    // The markup question above has no answer in the help center: the bot handed over.
    assert.ok(events.includes('support-chat-handoff'));
  });
});
