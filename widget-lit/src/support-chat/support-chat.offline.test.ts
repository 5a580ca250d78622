import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventually } from '../../test/agent';
import { storedMessages } from '../../test/backend';
import { ask, openDemoPage, serverUrl, waitForBotAnswer, type WidgetPage } from '../../test/environment';

/**
 * What the visitor sees of their own messages and what the server stored of them, which must agree;
 * and whether the widget shows as many messages as the server has (nothing twice, nothing missing).
 */
async function visitorMessages(widget: WidgetPage): Promise<{ shown: string[]; stored: string[]; complete: boolean }> {
  const sessionId = (await widget.sessionId()) ?? '';
  const stored = await storedMessages(serverUrl(), sessionId);
  const items = await widget.chat.locator('li:not(.greeting)').count();
  return {
    shown: await widget.bubbles('li.visitor .bubble'),
    stored: stored.filter((message) => message.sender === 'visitor').map((message) => message.text),
    complete: items === stored.length,
  };
}

/** Answers may still be arriving: wait until the widget shows as many messages as the server has. */
async function agreed(widget: WidgetPage) {
  return eventually(async () => {
    const messages = await visitorMessages(widget);
    return messages.complete && messages;
  }, 'the widget to show what the server stored');
}

describe('<support-chat> on a flaky network', () => {
  it('queues messages written offline and sends each exactly once when back online', async () => {
    const widget = await openDemoPage();
    try {
      await ask(widget, 'How do I get a refund?');
      await waitForBotAnswer(widget);

      await widget.context.setOffline(true);
      await widget.chat.locator('.status', { hasText: 'Reconnecting…' }).waitFor();
      await ask(widget, 'First, written offline');
      await ask(widget, 'Second, written offline');
      assert.equal(await widget.chat.locator('li.visitor .meta', { hasText: 'Waiting for the connection' }).count(), 2);

      await widget.context.setOffline(false);
      await widget.chat.locator('.status', { hasText: 'Reconnecting…' }).waitFor({ state: 'detached', timeout: 15_000 });
      await widget.chat.locator('li.sending').first().waitFor({ state: 'detached', timeout: 15_000 });
      const expected = ['How do I get a refund?', 'First, written offline', 'Second, written offline'];
      assert.deepEqual(await agreed(widget), { shown: expected, stored: expected, complete: true });
      assert.deepEqual(widget.errors, []);
    } finally {
      await widget.context.close();
    }
  });

  it('resends a message whose acknowledgement was lost with the connection, and keeps one copy', async () => {
    const widget = await openDemoPage();
    let dropNext = false;
    let dropped = 0;
    // Between page and server: forward everything, but cut the connection right after the next
    // visitor:message has gone out, so the server stores it and its ack never arrives.
    await widget.page.routeWebSocket(/\/socket\.io\//, (page) => {
      const server = page.connectToServer();
      page.onMessage((frame) => {
        server.send(frame);
        if (dropNext && typeof frame === 'string' && frame.includes('"visitor:message"')) {
          dropNext = false;
          dropped++;
          void page.close();
          void server.close();
        }
      });
    });
    // Playwright routes sockets through a script it adds to new documents.
    await widget.page.reload();
    try {
      await ask(widget, 'How do I get a refund?');
      await waitForBotAnswer(widget);
      dropNext = true;
      await ask(widget, 'How long does a refund take?');
      await eventually(() => dropped === 1, 'the cut connection');
      await waitForBotAnswer(widget, 2);
      await widget.chat.locator('li.sending').first().waitFor({ state: 'detached', timeout: 15_000 });
      const expected = ['How do I get a refund?', 'How long does a refund take?'];
      assert.deepEqual(await agreed(widget), { shown: expected, stored: expected, complete: true });
      assert.deepEqual(widget.errors, []);
    } finally {
      await widget.context.close();
    }
  });
});
