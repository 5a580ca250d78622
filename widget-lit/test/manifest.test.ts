import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from './backend';
import { openDemoPage } from './environment';

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[]; members?: { name: string; kind: string; privacy?: string }[] }[] }[];
}

/** The events the widget promises host pages (docs/widget.md); the browser suites observe each. */
const EVENTS = ['support-chat-open', 'support-chat-close', 'support-chat-message', 'support-chat-handoff'];

describe('custom-elements.json', () => {
  it('documents exactly the attributes the element observes, its events and its methods', async () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'widget-lit', 'custom-elements.json'), 'utf8')) as Manifest;
    const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((item) => item.tagName === 'support-chat');
    assert.ok(declaration, 'support-chat is declared');
    const widget = await openDemoPage();
    try {
      const observed = await widget.page.evaluate(() => (customElements.get('support-chat') as unknown as { observedAttributes: string[] }).observedAttributes);
      assert.deepEqual((declaration.attributes ?? []).map((attribute) => attribute.name).sort(), [...observed].sort());
    } finally {
      await widget.context.close();
    }
    assert.deepEqual((declaration.events ?? []).map((event) => event.name).sort(), [...EVENTS].sort());
    const methods = (declaration.members ?? []).filter((member) => member.kind === 'method' && !member.privacy).map((member) => member.name);
    assert.deepEqual(methods.sort(), ['close', 'open', 'send']);
  });
});
