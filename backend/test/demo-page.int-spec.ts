import { TestApp, startTestApp } from './test-app';

describe('the demo page at /', () => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  it('is served by default, with its script', async () => {
    t = await startTestApp('pglite');
    const page = await t.http.get('/').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<support-chat');
    await t.http.get('/demo.js').expect(200);
  });

  it('leads to the console when DEMO_PAGE_ENABLED=false, and its script is gone', async () => {
    t = await startTestApp('pglite', { DEMO_PAGE_ENABLED: 'false' });
    const root = await t.http.get('/').expect(302);
    expect(root.headers['location']).toBe('/console/');
    const script = await t.http.get('/demo.js').expect(404);
    expect(script.body).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('DEMO_PAGE_ENABLED') });
  });
});
