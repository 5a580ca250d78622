import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { HttpExceptionFilter } from '../../common/errors/http-exception.filter';
import { ConsoleAssetsModule } from './console-assets.module';
import { CONSOLE_DIR, defaultConsoleDir } from './console-files';

describe('the console at /console/', () => {
  let dir: string;
  let app: INestApplication;

  async function start(): Promise<void> {
    const moduleRef = await Test.createTestingModule({ imports: [ConsoleAssetsModule] })
      .overrideProvider(CONSOLE_DIR)
      .useValue(dir)
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new HttpExceptionFilter());
    await app.init();
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'console-'));
  });
  afterEach(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says how to build it when it is not built', async () => {
    await start();
    const answer = await request(app.getHttpServer()).get('/console/').expect(404);
    expect(answer.body).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('admin-angular:build') });
  });

  describe('when built', () => {
    beforeEach(async () => {
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Parley console</title><app-root></app-root>');
      writeFileSync(join(dir, 'main-ABCD1234.js'), 'console.log("console");'.repeat(50));
      mkdirSync(join(dir, 'media'));
      writeFileSync(join(dir, 'media', 'logo.svg'), '<svg/>');
      await start();
    });

    it.each(['/console', '/console/', '/console/inbox', '/console/sessions/0190c4c6-5d7b-7000-8000-000000000000'])(
      'answers %s with index.html, never cached, so deep links and reloads work',
      async (path) => {
        const answer = await request(app.getHttpServer()).get(path).expect(200);
        expect(answer.headers['content-type']).toMatch(/^text\/html/);
        expect(answer.headers['cache-control']).toBe('no-cache');
        expect(answer.text).toContain('<app-root>');
      },
    );

    it('serves hashed bundles for a year, gzip-compressed when the browser accepts it', async () => {
      const plain = await request(app.getHttpServer()).get('/console/main-ABCD1234.js').set('Accept-Encoding', 'identity').expect(200);
      expect(plain.headers['content-type']).toMatch(/^text\/javascript/);
      expect(plain.headers['cache-control']).toContain('immutable');
      expect(plain.headers['content-encoding']).toBeUndefined();
      const zipped = await request(app.getHttpServer()).get('/console/main-ABCD1234.js').set('Accept-Encoding', 'gzip').expect(200);
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.text).toBe(plain.text);
    });

    it('serves files in sub-folders', async () => {
      const answer = await request(app.getHttpServer()).get('/console/media/logo.svg').expect(200);
      expect(answer.headers['content-type']).toMatch(/^image\/svg\+xml/);
    });

    it('answers 404 for a missing file instead of the page, so a stale bundle fails loudly', async () => {
      const answer = await request(app.getHttpServer()).get('/console/main-OLDHASH1.js').expect(404);
      expect(answer.body).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('never serves anything outside its folder', async () => {
      writeFileSync(join(dir, '..', 'secret.txt'), 'TOP-SECRET-CONTENT');
      try {
        const answer = await request(app.getHttpServer()).get('/console/..%2Fsecret.txt');
        expect(answer.text).not.toContain('TOP-SECRET-CONTENT');
        expect(answer.status).toBe(404);
      } finally {
        rmSync(join(dir, '..', 'secret.txt'), { force: true });
      }
    });
  });

  it('looks for the build in dist/admin-angular/browser next to dist/backend', () => {
    expect(defaultConsoleDir()).toMatch(/[/\\]dist[/\\]admin-angular[/\\]browser$/);
  });
});
