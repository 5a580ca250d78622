import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openDemoPage } from '../../test/environment';

describe('<support-chat> composer', () => {
  it('sends on Enter, adds a line on Shift+Enter, and sends nothing blank', async () => {
    const widget = await openDemoPage();
    try {
      await widget.chat.locator('.launcher').click();
      const input = widget.chat.locator('textarea');
      const send = widget.chat.locator('button[type="submit"]');
      assert.equal(await send.isDisabled(), true);
      await input.press('Enter');
      await input.fill('   ');
      assert.equal(await send.isDisabled(), true, 'blank text cannot be sent');

      await input.fill('');
      await input.pressSequentially('line one');
      await input.press('Shift+Enter');
      await input.pressSequentially('line two');
      assert.equal(await send.isDisabled(), false);
      await input.press('Enter');
      const bubble = widget.chat.locator('li.visitor .bubble');
      await bubble.waitFor();
      assert.equal(await bubble.textContent(), 'line one\nline two');
      assert.equal(await input.inputValue(), '');
      assert.equal(await widget.chat.locator('li.visitor').count(), 1);
      assert.equal(await input.getAttribute('maxlength'), '4000');
    } finally {
      await widget.context.close();
    }
  });
});
