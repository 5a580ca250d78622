import type { ErrorResponse } from '@parley/contracts';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { TestApp, startTestApp } from './test-app';

describe.each(testDatabaseKinds())('HTTP foundation on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(kind, { BODY_LIMIT_KB: '8' });
  });
  afterAll(() => t.close());

  it('answers liveness and readiness', async () => {
    await t.http.get('/health').expect(200, { status: 'ok' });
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: { status: 'up' } } });
  });

  it('serves Swagger UI at /docs and the OpenAPI document at /docs-json', async () => {
    const ui = await t.http.get('/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger-ui');
    const doc = await t.http.get('/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(doc.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('tags and types every route in the OpenAPI document', async () => {
    const doc = await t.http.get('/docs-json').expect(200);
    const operations = Object.entries(doc.body.paths as Record<string, Record<string, { tags?: string[]; responses?: object }>>)
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ route: `${method} ${path}`, op })));
    expect(operations.length).toBeGreaterThan(0);
    for (const { route, op } of operations) {
      expect({ route, tagged: (op.tags ?? []).length > 0 }).toEqual({ route, tagged: true });
      expect({ route, typed: Object.keys(op.responses ?? {}).some((status) => /^2/.test(status)) }).toEqual({ route, typed: true });
    }
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await t.http.get('/no/such/route').expect(404);
    const body = response.body as ErrorResponse;
    expect(body).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'NOT_FOUND' });
    expect(body.message).toContain('/no/such/route');
    expect(body.requestId).toEqual(response.headers['x-request-id']);
  });

  it('answers malformed JSON with a 400 and no internals', async () => {
    const response = await t.http
      .post('/health')
      .set('content-type', 'application/json')
      .send('{"broken": ')
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'VALIDATION_FAILED' });
    expect(response.body.message).toMatch(/JSON/);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js/);
  });

  it('answers a body over BODY_LIMIT_KB with a 413', async () => {
    const response = await t.http
      .post('/health')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(9 * 1024) }))
      .expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('keeps a safe caller request id and replaces an unsafe one', async () => {
    const kept = await t.http.get('/health').set('x-request-id', 'trace-123');
    expect(kept.headers['x-request-id']).toBe('trace-123');
    const replaced = await t.http.get('/health').set('x-request-id', 'bad id\twith spaces');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and allows cross-origin calls from any site by default', async () => {
    const response = await t.http.get('/health').set('origin', 'https://shop.example');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['access-control-allow-origin']).toBe('https://shop.example');
  });
});
