import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AppException } from '../../common/errors/app.exception';
import { acceptsGzip } from '../../common/http/accept-encoding';
import { WidgetBundle, defaultWidgetBundleFile } from './widget-bundle';

describe('WidgetBundle', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'widget-bundle-'));
    file = join(dir, 'support-chat.js');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers NOT_FOUND until the widget is built', async () => {
    const bundle = new WidgetBundle(file);
    await expect(bundle.get()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(bundle.get()).rejects.toBeInstanceOf(AppException);
    writeFileSync(file, 'export const built = true;');
    await expect(bundle.get()).resolves.toMatchObject({ identity: Buffer.from('export const built = true;') });
  });

  it('compresses once per build, not per request', async () => {
    writeFileSync(file, 'customElements.define("support-chat", class extends HTMLElement {});'.repeat(20));
    const bundle = new WidgetBundle(file);
    const first = await bundle.get();
    const second = await bundle.get();
    expect(second).toBe(first);
    expect(gunzipSync(first.gzipped)).toEqual(first.identity);
    expect(first.gzipped.length).toBeLessThan(first.identity.length);
    expect(first.hash).toMatch(/^[\w-]{22}$/);
  });

  it('picks up a rebuild without a restart, with a new hash', async () => {
    writeFileSync(file, 'one');
    const bundle = new WidgetBundle(file);
    const before = await bundle.get();
    writeFileSync(file, 'two, rebuilt');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const after = await bundle.get();
    expect(after.identity.toString()).toBe('two, rebuilt');
    expect(after.hash).not.toBe(before.hash);
  });

  it('looks for the build in dist/widget next to dist/backend', () => {
    expect(defaultWidgetBundleFile()).toMatch(/[/\\]dist[/\\]widget[/\\]support-chat\.js$/);
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['*', true],
    ['GZIP', true],
    ['identity', false],
    ['gzip;q=0', false],
    ['gzip;q=0.0, identity', false],
    ['x-gzip', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
