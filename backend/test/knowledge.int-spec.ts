import type { Page } from '@parley/contracts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { CLI_ENTRY, runNode } from './process';
import { Staff, createStaff, loginRoot } from './staff';
import { TestApp, startTestApp } from './test-app';

interface Article {
  id: string;
  slug: string;
  title: string;
  body: string;
  tags: string[];
  locale: string;
  published: boolean;
}

const PASSWORD_ARTICLE = {
  title: 'Resetting a forgotten password',
  body: 'Use the reset link.\n\n## How do I reset my password?\nOpen the sign-in page, choose **Forgot password** and follow the e-mail we send within 5 minutes.\n\n## The reset e-mail never arrived\nCheck the spam folder, then ask us to resend it.',
  tags: ['Accounts', 'login'],
};

describe.each(testDatabaseKinds())('knowledge base on %s', (kind) => {
  let t: TestApp;
  let admin: Staff;
  let agent: Staff;
  let viewer: Staff;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await createStaff(t, ['admin']);
    agent = await createStaff(t, ['agent']);
    viewer = await createStaff(t, ['viewer']);
  });
  afterAll(() => t.close());

  const auth = (staff: Staff) => ({ Authorization: `Bearer ${staff.accessToken}` });

  it('lets admins write articles, agents read them and viewers neither', async () => {
    const created = await t.http.post('/admin/knowledge/articles').set(auth(admin)).send(PASSWORD_ARTICLE).expect(201);
    const article = created.body as Article;
    expect(article).toMatchObject({ slug: 'resetting-a-forgotten-password', tags: ['accounts', 'login'], locale: 'en', published: true });
    await t.http.get(`/admin/knowledge/articles/${article.id}`).set(auth(agent)).expect(200);
    await t.http.post('/admin/knowledge/articles').set(auth(agent)).send(PASSWORD_ARTICLE).expect(403);
    await t.http.get('/admin/knowledge/articles').set(auth(viewer)).expect(403);
    const duplicate = await t.http.post('/admin/knowledge/articles').set(auth(admin)).send(PASSWORD_ARTICLE).expect(409);
    expect(duplicate.body.code).toBe('CONFLICT');
  });

  it('finds the passage under the right heading, and follows edits and deletions', async () => {
    const search = async (q: string) => (await t.http.get('/admin/knowledge/search').query({ q }).set(auth(agent)).expect(200)).body.items;
    const [best] = await search('how can I reset my pasword');
    expect(best).toMatchObject({ title: 'Resetting a forgotten password', heading: 'How do I reset my password?' });
    expect(best.text).toContain('Forgot password');
    expect(best.text).not.toContain('**');

    const created = (await t.http.post('/admin/knowledge/articles').set(auth(admin)).send({ title: 'Frame warranty', body: '## How long is the warranty?\nTwo years on every Lumen Frame.' }).expect(201)).body as Article;
    expect((await search('frame warranty'))[0]?.articleId).toBe(created.id);
    await t.http.put(`/admin/knowledge/articles/${created.id}`).set(auth(admin)).send({ published: false }).expect(200);
    expect((await search('frame warranty')).map((passage: { articleId: string }) => passage.articleId)).not.toContain(created.id);
    await t.http.delete(`/admin/knowledge/articles/${created.id}`).set(auth(admin)).expect(204);
    await t.http.get(`/admin/knowledge/articles/${created.id}`).set(auth(admin)).expect(404);
  });

  it('imports in bulk, replacing articles whose slug is known', async () => {
    const articles = [
      { title: 'Plans compared', body: '## Which plan fits?\nTeam for small groups.', slug: 'plans-compared' },
      { title: 'Invoices', body: '## Where are my invoices?\nUnder Billing.', locale: 'en', tags: ['billing'] },
    ];
    expect((await t.http.post('/admin/knowledge/articles/import').set(auth(admin)).send({ articles }).expect(200)).body).toEqual({ created: 2, updated: 0 });
    const again = await t.http.post('/admin/knowledge/articles/import').set(auth(admin)).send({ articles: [{ ...articles[0], body: '## Which plan fits?\nBusiness for larger ones.' }] }).expect(200);
    expect(again.body).toEqual({ created: 0, updated: 1 });
    const page = (await t.http.get('/admin/knowledge/articles').query({ q: 'Business for larger' }).set(auth(agent)).expect(200)).body as Page<Article>;
    expect(page.items.map((article) => article.slug)).toEqual(['plans-compared']);
  });

  it.each([
    ['no title', { body: 'x' }],
    ['an empty body', { title: 'x', body: '' }],
    ['a bad locale', { title: 'x', body: 'y', locale: 'english!' }],
    ['a bad slug', { title: 'x', body: 'y', slug: 'Not A Slug' }],
    ['tags that are not strings', { title: 'x', body: 'y', tags: [1, 2] }],
  ])('refuses an article with %s', async (_, body) => {
    const response = await t.http.post('/admin/knowledge/articles').set(auth(admin)).send(body).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses an import with one bad article and stores none of it', async () => {
    const before = (await t.http.get('/admin/knowledge/articles').query({ limit: 100 }).set(auth(admin)).expect(200)).body.items.length;
    await t.http.post('/admin/knowledge/articles/import').set(auth(admin)).send({ articles: [{ title: 'Fine', body: 'ok' }, { title: '' }] }).expect(400);
    const after = (await t.http.get('/admin/knowledge/articles').query({ limit: 100 }).set(auth(admin)).expect(200)).body.items.length;
    expect(after).toBe(before);
  });
});

describe('the sample knowledge base', () => {
  it('is loaded into an empty desk when LOAD_SAMPLE_KNOWLEDGE is on, once', async () => {
    const t = await startTestApp('pglite', { LOAD_SAMPLE_KNOWLEDGE: 'true' });
    try {
      const root = await loginRoot(t);
      const page = (await t.http.get('/admin/knowledge/articles').query({ limit: 100 }).auth(root.accessToken, { type: 'bearer' }).expect(200)).body as Page<Article>;
      expect(page.items.length).toBeGreaterThanOrEqual(40);
      expect(new Set(page.items.map((article) => article.locale))).toEqual(new Set(['en', 'es', 'de']));
      const [best] = (await t.http.get('/admin/knowledge/search').query({ q: 'how do I get a refund' }).auth(root.accessToken, { type: 'bearer' }).expect(200)).body.items;
      expect(best.title.toLowerCase()).toContain('refund');
    } finally {
      await t.close();
    }
  });
});

describe('parley import-knowledge', () => {
  it('imports a folder of Markdown files and a JSON array, and names a bad file', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parley-kb-'));
    const folder = join(dataDir, 'articles');
    try {
      runNode(CLI_ENTRY, ['migrate'], { DATA_DIR: dataDir });
      mkdirSync(folder);
      writeFileSync(join(folder, 'vpn.md'), '---\ntitle: Using a VPN\ntags: network\n---\n## Does it work behind a VPN?\nYes.');
      writeFileSync(join(folder, 'README.md'), 'not an article');
      const imported = runNode(CLI_ENTRY, ['import-knowledge', folder], { DATA_DIR: dataDir, LOAD_SAMPLE_KNOWLEDGE: 'false' });
      expect(imported.stderr).toBe('');
      expect(imported.stdout).toContain('Imported 1 articles');

      const json = join(dataDir, 'articles.json');
      writeFileSync(json, JSON.stringify([{ title: 'Using a VPN', body: 'Replaced.', slug: 'vpn' }, { title: 'Proxies', body: 'Also fine.' }]));
      const fromJson = runNode(CLI_ENTRY, ['import-knowledge', json], { DATA_DIR: dataDir });
      expect(fromJson.stdout).toContain('1 new, 1 replaced');

      writeFileSync(join(folder, 'broken.md'), '---\ntags: x\n---\n');
      const broken = runNode(CLI_ENTRY, ['import-knowledge', folder], { DATA_DIR: dataDir });
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain('broken.md');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
