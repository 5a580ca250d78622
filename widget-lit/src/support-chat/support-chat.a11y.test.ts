import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ask, axeViolations, openDemoPage, waitForBotAnswer, type WidgetPage } from '../../test/environment';

/** The deepest focused element, through shadow roots, as `tag.class`. */
function focused(widget: WidgetPage): Promise<string> {
  return widget.page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element ? `${element.localName}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}` : '';
  });
}

describe('<support-chat> accessibility', () => {
  for (const [theme, locale] of [
    ['light', 'en'],
    ['dark', 'en'],
    ['dark', 'ar'],
  ] as const) {
    it(`has no axe (WCAG 2.1 AA) violations when open, ${theme} theme, ${locale}`, async () => {
      const widget = await openDemoPage();
      try {
        await widget.chat.evaluate((element, [themeName, lang]) => {
          element.setAttribute('theme', themeName);
          element.setAttribute('locale', lang);
        }, [theme, locale]);
        await ask(widget, 'How do I get a refund?');
        const answer = await waitForBotAnswer(widget);
        // Every kind of content on screen: a rated answer, its sources, a pending message.
        await answer.locator('.feedback button').first().click();
        await answer.locator('.feedback span').waitFor();
        await widget.context.setOffline(true);
        await widget.chat.locator('.status').waitFor();
        await ask(widget, 'Still there?');
        await widget.page.waitForTimeout(300); // past the panel's opening transition
        assert.deepEqual(await axeViolations(widget.page), []);
        await widget.context.setOffline(false);
      } finally {
        await widget.context.close();
      }
    });
  }

  it('lays Arabic out right to left', async () => {
    const widget = await openDemoPage();
    try {
      await widget.chat.evaluate((element) => element.setAttribute('locale', 'ar'));
      await ask(widget, 'How do I get a refund?');
      const answer = await waitForBotAnswer(widget);
      assert.equal(await widget.chat.locator('.root').getAttribute('dir'), 'rtl');
      assert.equal(await widget.chat.locator('.root').getAttribute('lang'), 'ar');
      assert.equal(await widget.chat.locator('h2').textContent(), 'Lumen Boards support', "the site's own title stays");
      assert.equal(await widget.chat.locator('textarea').getAttribute('aria-label'), 'رسالة');
      const mine = await widget.chat.locator('li.visitor .bubble').boundingBox();
      const bot = await answer.locator('.bubble').boundingBox();
      assert.ok(mine && bot && mine.x < bot.x, "the visitor's bubbles sit on the left, the bot's on the right");
    } finally {
      await widget.context.close();
    }
  });

  it('works by keyboard: open, write, send, Escape closes and focus returns to the launcher', async () => {
    const widget = await openDemoPage();
    try {
      const launcher = widget.chat.locator('.launcher');
      await launcher.focus();
      await widget.page.keyboard.press('Enter');
      assert.equal(await focused(widget), 'textarea');
      assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
      const panel = widget.chat.locator('[role="dialog"]');
      assert.equal(await panel.getAttribute('aria-labelledby'), 'title');
      await widget.page.keyboard.type('How do I get a refund?');
      await widget.page.keyboard.press('Enter');
      await waitForBotAnswer(widget);
      await widget.page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' }); // after the closing transition
      assert.equal(await focused(widget), 'button.launcher');
      assert.equal(await launcher.evaluate((element) => getComputedStyle(element).outlineStyle), 'solid', 'focus is visible');
      assert.equal(await launcher.getAttribute('aria-expanded'), 'false');
    } finally {
      await widget.context.close();
    }
  });

  it('announces new messages from the desk in a live region', async () => {
    const widget = await openDemoPage();
    try {
      await ask(widget, 'How do I get a refund?');
      await waitForBotAnswer(widget);
      const live = widget.chat.locator('[role="status"]');
      assert.match((await live.textContent()) ?? '', /^Assistant: .*refund/is);
    } finally {
      await widget.context.close();
    }
  });

  it('keeps still for visitors who prefer reduced motion', async () => {
    const widget = await openDemoPage({ reducedMotion: 'reduce' });
    try {
      await widget.chat.locator('.launcher').click();
      const durations = await widget.chat.locator('.panel, .launcher').evaluateAll((elements) =>
        elements.map((element) => getComputedStyle(element).transitionDuration),
      );
      assert.deepEqual(durations, ['0s', '0s']);
    } finally {
      await widget.context.close();
    }
  });

  it('defines only its elements and sets no globals on window', async () => {
    const widget = await openDemoPage();
    try {
      await widget.context.addInitScript(() => {
        (document as unknown as { globalsBefore: string[] }).globalsBefore = Object.getOwnPropertyNames(window);
      });
      await widget.page.reload();
      await widget.page.waitForFunction(() => customElements.get('support-chat') !== undefined);
      const added = await widget.page.evaluate(() => {
        const before = new Set((document as unknown as { globalsBefore: string[] }).globalsBefore);
        return Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
      });
      assert.deepEqual(added, []);
      const tags = await widget.page.evaluate(() => ['support-chat', 'parley-transcript', 'parley-composer'].map((tag) => Boolean(customElements.get(tag))));
      assert.deepEqual(tags, [true, true, true]);
    } finally {
      await widget.context.close();
    }
  });
});
