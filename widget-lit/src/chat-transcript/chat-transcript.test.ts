import type { AccuracyRecordDto, Page } from '@parley/contracts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventually } from '../../test/agent';
import { getAsRoot } from '../../test/backend';
import { ask, openDemoPage, serverUrl, waitForBotAnswer } from '../../test/environment';

describe('<support-chat> transcript', () => {
  it('rates a bot answer with thumbs up or down, tells the desk, and remembers it after a reload', async () => {
    const widget = await openDemoPage();
    try {
      await ask(widget, 'How do I get a refund?');
      const answer = await waitForBotAnswer(widget);
      const down = answer.locator('button.down');
      assert.equal(await down.getAttribute('aria-label'), 'Not helpful');
      await down.click();
      await answer.locator('.feedback span', { hasText: 'Thanks for your feedback!' }).waitFor();
      assert.equal(await down.getAttribute('aria-pressed'), 'true');
      assert.equal(await answer.locator('button.up').getAttribute('aria-pressed'), 'false');

      const sessionId = await widget.sessionId();
      const marked = await eventually(async () => {
        const page = await getAsRoot<Page<AccuracyRecordDto>>(serverUrl(), '/admin/accuracy?humanMark=unhelpful');
        return page.items.find((record) => record.sessionId === sessionId);
      }, 'the mark at the desk');
      assert.equal(marked.markedBy, null, 'marked by the visitor, not staff');

      await widget.page.reload();
      await widget.chat.locator('.launcher').click();
      const restored = await waitForBotAnswer(widget);
      assert.equal(await restored.locator('button.down').getAttribute('aria-pressed'), 'true');
    } finally {
      await widget.context.close();
    }
  });

  it('streams a bot answer into one bubble, replaced by the final message, and follows a session move', async () => {
    const widget = await openDemoPage();
    // Stands in for the server: the sample desk answers without streaming (no Gemini key).
    let toPage: ((frame: string) => void) | undefined;
    await widget.page.routeWebSocket(/\/socket\.io\//, (page) => {
      page.connectToServer();
      toPage = (frame) => page.send(frame);
    });
    await widget.page.reload();
    try {
      await ask(widget, 'How do I get a refund?');
      await waitForBotAnswer(widget);
      const sessionId = (await widget.sessionId()) ?? '';
      const id = 'ffffffff-ffff-7fff-bfff-ffffffffffff';
      const send = (event: string, payload: object) => toPage?.(`42/widget,${JSON.stringify([event, payload])}`);

      send('message:delta', { messageId: id, delta: 'Annual plans are ' });
      send('message:delta', { messageId: id, delta: 'refunded in full' });
      const streaming = widget.chat.locator('li.streaming');
      await streaming.locator('.bubble', { hasText: 'Annual plans are refunded in full' }).waitFor();
      assert.equal(await streaming.getAttribute('aria-busy'), 'true');
      assert.equal(await streaming.locator('.feedback').count(), 0, 'no rating before the answer is complete');

      const final = { id, sessionId, sender: 'bot', text: 'Annual plans are refunded in full within 14 days.', createdAt: new Date().toISOString() };
      send('message', final);
      send('message', final);
      await streaming.waitFor({ state: 'detached' });
      assert.equal(await widget.chat.locator('li.bot', { hasText: 'refunded in full' }).count(), 1);
      assert.match((await widget.chat.locator('[role="status"]').textContent()) ?? '', /within 14 days/);

      const moved = '01900000-0000-7000-8000-00000000beef';
      send('session', { sessionId: moved, status: 'active' });
      await eventually(async () => (await widget.sessionId()) === moved, 'the new session id stored');
    } finally {
      await widget.context.close();
    }
  });

  it('keeps the newest message in view', async () => {
    const widget = await openDemoPage({ viewport: { width: 1280, height: 640 } });
    try {
      for (const question of ['How do I get a refund?', 'How do I set up my Lumen Frame?']) {
        await ask(widget, question);
      }
      await waitForBotAnswer(widget, 2);
      const transcript = widget.chat.locator('parley-transcript');
      await eventually(
        () => transcript.evaluate((element) => element.scrollHeight > element.clientHeight && element.scrollHeight - element.scrollTop - element.clientHeight < 2),
        'the transcript scrolled to its end',
      );
    } finally {
      await widget.context.close();
    }
  });
});
