import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeHref, toSegments } from './rich-text';

describe('toSegments', () => {
  it('turns http(s) and www. addresses into links and leaves the rest as text', () => {
    assert.deepEqual(toSegments('See https://help.lumenboards.example/refunds or www.lumenboards.example now'), [
      { text: 'See ', strong: false },
      { text: 'https://help.lumenboards.example/refunds', href: 'https://help.lumenboards.example/refunds', strong: false },
      { text: ' or ', strong: false },
      { text: 'www.lumenboards.example', href: 'https://www.lumenboards.example/', strong: false },
      { text: ' now', strong: false },
    ]);
  });

  it('keeps sentence punctuation and unopened brackets out of a link', () => {
    const links = (text: string) => toSegments(text).filter((segment) => segment.href).map((segment) => segment.text);
    assert.deepEqual(links('Read https://a.example/x.'), ['https://a.example/x']);
    assert.deepEqual(links('(see https://a.example/x)'), ['https://a.example/x']);
    assert.deepEqual(links('https://en.example/wiki/Board_(game), really?'), ['https://en.example/wiki/Board_(game)']);
  });

  it('never links other schemes', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox']) {
      assert.deepEqual(toSegments(text), [{ text, strong: false }]);
    }
    assert.equal(safeHref('javascript:alert(1)'), undefined);
    assert.equal(safeHref('https://ok.example/a'), 'https://ok.example/a');
  });

  it('shows **bold** as strong text only where asked (bot and agent answers)', () => {
    assert.deepEqual(toSegments('Go to **Settings → Billing**.', true), [
      { text: 'Go to ', strong: false },
      { text: 'Settings → Billing', strong: true },
      { text: '.', strong: false },
    ]);
    assert.deepEqual(toSegments('2**3**4'), [{ text: '2**3**4', strong: false }]);
  });

  it('keeps markup as plain text', () => {
    assert.deepEqual(toSegments('<img src=x onerror=alert(1)>'), [{ text: '<img src=x onerror=alert(1)>', strong: false }]);
  });
});
