import type { SessionStateEvent } from '@parley/contracts';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestAgent, eventually } from '../../test/agent';
import { ask, openDemoPage, serverUrl, waitForBotAnswer, type WidgetPage } from '../../test/environment';

describe('<support-chat> with a human agent', () => {
  let widget: WidgetPage;
  let agent: TestAgent;
  let sessionId: string;

  const handoffs = () => widget.page.evaluate(() => (document as unknown as { handoffs: SessionStateEvent[] }).handoffs);

  before(async () => {
    widget = await openDemoPage();
    await widget.page.evaluate(() => {
      const handoffs: SessionStateEvent[] = [];
      (document as unknown as { handoffs: SessionStateEvent[] }).handoffs = handoffs;
      document.addEventListener('support-chat-handoff', (event) => handoffs.push((event as CustomEvent<SessionStateEvent>).detail));
    });
    agent = await TestAgent.connect(serverUrl(), 'Dana Reyes');
  });
  after(async () => {
    agent.close();
    await widget.context.close();
  });

  it('"Talk to a human" puts the visitor in the queue and shows the place in it', async () => {
    await ask(widget, 'How do I get a refund?');
    await waitForBotAnswer(widget);
    await widget.chat.locator('.human').click();
    // Other suites' visitors may be waiting too: the place is whatever the desk says.
    await widget.chat.locator('.status', { hasText: /Your place in the queue: \d+/ }).waitFor();
    await widget.chat.locator('li.system', { hasText: 'queue' }).waitFor();
    assert.equal(await widget.chat.locator('.human').count(), 0, 'no second request while waiting');
    const [queued] = await handoffs();
    assert.equal(queued?.status, 'needs_human');
    assert.ok((queued?.queuePosition ?? 0) >= 1);
    assert.match((await widget.chat.locator('.status').textContent()) ?? '', new RegExp(`queue: ${queued?.queuePosition}$`));
    sessionId = (await widget.sessionId()) ?? '';
    assert.equal(queued?.sessionId, sessionId);
  });

  it('shows the agent who takes the conversation, their typing and their answer', async () => {
    await agent.claim(sessionId);
    await widget.chat.locator('#subtitle', { hasText: 'You are chatting with Dana Reyes' }).waitFor();
    assert.equal(await widget.chat.locator('.avatar').textContent(), 'DR');
    assert.equal(await widget.chat.locator('.status').count(), 0, 'the queue bar is gone');
    const assigned = (await handoffs()).at(-1);
    assert.equal(assigned?.status, 'agent_assigned');
    assert.equal(assigned?.agent?.name, 'Dana Reyes');

    await agent.setTyping(sessionId, true);
    await widget.chat.locator('.typing', { hasText: 'Dana Reyes is typing…' }).waitFor();
    await agent.say(sessionId, 'Hi! I can help with the refund. Which invoice is it?');
    const reply = widget.chat.locator('li.agent', { hasText: 'Which invoice is it?' });
    await reply.waitFor();
    assert.equal(await reply.locator('.name').textContent(), 'Dana Reyes');
    await widget.chat.locator('.typing').waitFor({ state: 'detached' });
    assert.match((await widget.chat.locator('[role="status"]').textContent()) ?? '', /^Dana Reyes: Hi! I can help/);
  });

  it('tells the agent while the visitor types, then delivers the message', async () => {
    const input = widget.chat.locator('textarea');
    await input.pressSequentially('The one from March');
    await eventually(() => agent.typing.find((event) => event.sessionId === sessionId && event.sender === 'visitor' && event.typing), 'visitor typing');
    await input.press('Enter');
    await eventually(() => agent.messages.find((message) => message.sender === 'visitor' && message.text === 'The one from March'), 'the message at the agent');
    await eventually(() => agent.typing.find((event) => event.sender === 'visitor' && !event.typing), 'typing stopped');
  });

  it('counts unread messages on the launcher while closed, and tells the agent when they are seen', async () => {
    await widget.chat.locator('textarea').press('Escape');
    await widget.chat.locator('.panel').waitFor({ state: 'hidden' });
    await agent.say(sessionId, 'Found it.');
    const last = await agent.say(sessionId, 'The refund is on its way.');
    const launcher = widget.chat.locator('.launcher');
    await widget.chat.locator('.badge', { hasText: '2' }).waitFor();
    assert.match((await launcher.getAttribute('aria-label')) ?? '', /Unread messages: 2/);
    await launcher.click();
    await widget.chat.locator('.badge').waitFor({ state: 'detached' });
    await eventually(() => agent.seen.find((event) => event.sessionId === sessionId && event.messageId === last.id), 'the seen event');
    assert.deepEqual(widget.errors, []);
  });
});

describe('<support-chat> in Spanish', () => {
  it("starts the session in the widget's language, so the queue's line matches the widget", async () => {
    const widget = await openDemoPage();
    try {
      await widget.chat.evaluate((element) => element.setAttribute('locale', 'es'));
      await ask(widget, '¿Cómo solicito un reembolso?');
      await waitForBotAnswer(widget);
      await widget.chat.locator('.human', { hasText: 'Hablar con una persona' }).click();
      await widget.chat.locator('li.system', { hasText: /^Estás en la cola/ }).waitFor();
      await widget.chat.locator('.status', { hasText: /Tu lugar en la cola: \d+/ }).waitFor();
    } finally {
      await widget.context.close();
    }
  });
});
