import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { io } from 'socket.io-client';
import { WIDGET_NAMESPACE } from '@parley/contracts';
import { listen } from './chat-clients';
import { TestApp, startTestApp } from './test-app';

function socketOutcome(url: string, headers: Record<string, string>): Promise<string> {
  const socket = io(`${url}${WIDGET_NAMESPACE}`, { transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true, auth: {} });
  return new Promise<string>((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error: Error) => resolve(`refused: ${error.message}`));
  }).finally(() => socket.disconnect());
}

describe('TLS enforcement', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp('pglite', { TLS_ENFORCE: 'true', TRUST_PROXY: 'true' });
    url = await listen(t);
  });
  afterAll(() => t.close());

  it('redirects safe plain-HTTP requests, refuses the others, keeps /health open and sends HSTS', async () => {
    const plain = { 'x-forwarded-proto': 'http', 'x-forwarded-host': 'desk.example.com' };
    const get = await fetch(`${url}/admin/sessions?limit=5`, { headers: plain, redirect: 'manual' });
    expect(get.status).toBe(308);
    expect(get.headers.get('location')).toBe('https://desk.example.com/admin/sessions?limit=5');
    const post = await fetch(`${url}/auth/login`, { method: 'POST', headers: { ...plain, 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(403);
    expect(await post.json()).toMatchObject({ statusCode: 403, code: 'FORBIDDEN', message: 'HTTPS is required' });
    expect((await fetch(`${url}/health`, { headers: plain })).status).toBe(200);
    const secure = await fetch(`${url}/admin/sessions`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.status).toBe(401);
    expect(secure.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('refuses WebSocket upgrades that did not arrive over TLS', async () => {
    // Refused at the upgrade itself (a transport error), before any gateway sees the handshake.
    expect(await socketOutcome(url, { 'x-forwarded-proto': 'http' })).toBe('refused: websocket error');
    expect(await socketOutcome(url, {})).toBe('refused: websocket error');
    // Over TLS the handshake reaches the gateway, which then judges the session.
    expect(await socketOutcome(url, { 'x-forwarded-proto': 'https' })).not.toMatch(/^refused: (websocket error|xhr poll error)/);
  });
});

const openssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

(openssl ? describe : describe.skip)('native HTTPS', () => {
  let dir: string;
  let t: TestApp;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    t = await startTestApp('pglite', { TLS_ENFORCE: 'true', TLS_CERT_FILE: join(dir, 'cert.pem'), TLS_KEY_FILE: join(dir, 'key.pem') });
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the API over TLS with the given certificate', async () => {
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpsRequest({ host: '127.0.0.1', port, path: '/admin/sessions', rejectUnauthorized: false }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      request.end();
    });
    expect(answer.status).toBe(401);
  });
});
