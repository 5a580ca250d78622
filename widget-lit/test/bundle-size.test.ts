import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './backend';
import { serverUrl } from './environment';

/** The size promise of issue #9: the whole widget under 30 KB gzip (peers ship 130–230 KB). */
const BUDGET_BYTES = 30 * 1024;
const BUNDLE = join(REPO_ROOT, 'dist', 'widget', 'support-chat.js');

describe('the built widget', () => {
  it(`stays under ${BUDGET_BYTES / 1024} KB gzip`, (t) => {
    const gzipped = gzipSync(readFileSync(BUNDLE), { level: 9 }).length;
    t.diagnostic(`dist/widget/support-chat.js: ${gzipped} bytes = ${(gzipped / 1024).toFixed(2)} KB gzip (budget ${BUDGET_BYTES / 1024} KB)`);
    assert.ok(gzipped <= BUDGET_BYTES, `${gzipped} bytes gzip is over the ${BUDGET_BYTES}-byte budget`);
  });

  it('is served gzip-compressed, cacheable and revalidated by its ETag', async () => {
    const url = `${serverUrl()}/widget/support-chat.js`;
    const gzipped = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzipped.status, 200);
    assert.equal(gzipped.headers.get('content-encoding'), 'gzip');
    assert.match(gzipped.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(gzipped.headers.get('cache-control') ?? '', /max-age=\d{5,}/);
    assert.ok(Number(gzipped.headers.get('content-length')) <= BUDGET_BYTES);
    assert.equal(await gzipped.text(), readFileSync(BUNDLE, 'utf8'), 'fetch decompresses it back to the built file');

    const etag = gzipped.headers.get('etag') ?? '';
    assert.match(etag, /^"[\w-]+"$/);
    const revalidated = await fetch(url, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    assert.equal(revalidated.status, 304);

    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(Number(plain.headers.get('content-length')), readFileSync(BUNDLE).length);
  });
});
